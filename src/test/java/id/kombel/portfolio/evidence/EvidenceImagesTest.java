package id.kombel.portfolio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Photos made to fit the bytes they may take in the merged PDF. */
class EvidenceImagesTest {

	static BufferedImage noise(int w, int h) {
		Random random = new Random(1);
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		return image;
	}

	static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void aJpegThatFitsIsTakenAsItIs() {
		byte[] print = EvidenceImages.jpeg(noise(1200, 800), 0.8f);
		assertThat(EvidenceImages.fit(print, print.length)).isSameAs(print);
	}

	@Test
	void aSmallImageIsKeptAtItsOwnSize() throws IOException {
		byte[] jpeg = EvidenceImages.fit(png(noise(300, 200)), 1_000_000);
		assertThat(jpeg).isNotNull();
		assertThat(EvidenceImages.decode(jpeg).getWidth()).isEqualTo(300);
	}

	@Test
	void aLargeImageIsMadeSmallerToFitButNoSmallerThanNeeded() {
		byte[] photo = EvidenceImages.jpeg(noise(3000, 2000), 0.9f);
		byte[] jpeg = EvidenceImages.fit(photo, 400_000);
		assertThat(jpeg).isNotNull();
		assertThat(jpeg.length).isLessThanOrEqualTo(400_000);
		// scaled once from the estimate: near the share, not a fraction of it
		assertThat(jpeg.length).isGreaterThan(250_000);
		assertThat(EvidenceImages.decode(jpeg).getWidth()).isLessThan(3000).isGreaterThanOrEqualTo(700);
	}

	@Test
	void aPngIsMadeSmallerToFitToo() throws IOException {
		byte[] jpeg = EvidenceImages.fit(png(noise(3000, 2000)), 400_000);
		assertThat(jpeg).isNotNull();
		assertThat(jpeg.length).isLessThanOrEqualTo(400_000);
	}

	@Test
	void whatCannotStayLegibleInItsShareIsNotMade() {
		assertThat(EvidenceImages.fit(EvidenceImages.jpeg(noise(3000, 2000), 0.9f), 5_000)).isNull();
	}

}
