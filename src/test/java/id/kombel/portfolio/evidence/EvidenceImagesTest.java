package id.kombel.portfolio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;

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

	@Test
	void aSmallImageIsKeptAtItsOwnSize() {
		byte[] jpeg = EvidenceImages.fit(noise(300, 200), 1_000_000);
		assertThat(jpeg).isNotNull();
		assertThat(EvidenceImages.decode(jpeg).getWidth()).isEqualTo(300);
	}

	@Test
	void aLargeImageIsMadeSmallerUntilItFits() {
		BufferedImage photo = noise(3000, 2000);
		byte[] jpeg = EvidenceImages.fit(photo, 400_000);
		assertThat(jpeg).isNotNull();
		assertThat(jpeg.length).isLessThanOrEqualTo(400_000);
		assertThat(EvidenceImages.decode(jpeg).getWidth()).isLessThan(3000).isGreaterThanOrEqualTo(700);
	}

	@Test
	void whatCannotStayLegibleInItsShareIsNotMade() {
		assertThat(EvidenceImages.fit(noise(3000, 2000), 5_000)).isNull();
	}

}
