package id.kombel.knowledge.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import id.kombel.shared.web.InvalidInputException;
import id.kombel.knowledge.KnowledgeApiTest;

/**
 * Phone photos become two small upright JPEGs without metadata; anything else is refused
 * by its content.
 */
class PhotoImagesTest {

	final PhotoImages images = new PhotoImages(DataSize.ofMegabytes(1));

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "image/jpeg", content);
	}

	String refusal(MockMultipartFile file) {
		try {
			images.prepare(file);
			return "accepted";
		}
		catch (InvalidInputException ex) {
			return ex.problems().get(0).messageKey();
		}
	}

	@Test
	void aSidewaysPhoneJpegIsTurnedUprightScaledAndStrippedOfItsLocation() {
		byte[] upload = TestPhotos.sidewaysJpeg(1600, 800);
		assertThat(PhotoImages.orientation(upload)).as("the test photo says it is sideways").isEqualTo(6);
		assertThat(TestPhotos.hasExif(upload)).as("and carries a GPS position").isTrue();

		PhotoImages.Photo photo = images.prepare(file("IMG_2024.jpg", upload));

		assertThat(photo.display().width()).isEqualTo(640);
		assertThat(photo.display().height()).isEqualTo(1280);
		assertThat(photo.small().width()).isLessThanOrEqualTo(PhotoImages.SMALL_WIDTH);
		assertThat(photo.small().height()).isEqualTo(2 * photo.small().width());
		for (PhotoImages.Version v : new PhotoImages.Version[] { photo.small(), photo.display() }) {
			BufferedImage stored = TestPhotos.decode(v.jpeg());
			assertThat(stored.getWidth()).isEqualTo(v.width());
			assertThat(stored.getHeight()).as("upright: taller than wide").isEqualTo(v.height());
			assertThat(TestPhotos.reddish(stored.getRGB(v.width() / 2, v.height() / 8))).as("red on top").isTrue();
			assertThat(TestPhotos.bluish(stored.getRGB(v.width() / 2, v.height() * 7 / 8))).as("blue below").isTrue();
			assertThat(TestPhotos.hasExif(v.jpeg())).as("no EXIF, no GPS").isFalse();
			assertThat(new String(v.jpeg(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		}
		assertThat(photo.display().jpeg().length).as("a 1280 px photo of a few colours is small").isLessThan(200_000);
	}

	@Test
	void webpAndTransparentPngAreAcceptedAndNeverEnlarged() throws IOException {
		PhotoImages.Photo webp = images.prepare(file("foto.webp", TestPhotos.resource("red-blue.webp")));
		assertThat(webp.display().width()).isEqualTo(64);
		assertThat(webp.display().height()).isEqualTo(32);
		BufferedImage fromWebp = TestPhotos.decode(webp.display().jpeg());
		assertThat(TestPhotos.reddish(fromWebp.getRGB(8, 16))).isTrue();
		assertThat(TestPhotos.bluish(fromWebp.getRGB(56, 16))).isTrue();

		// all transparent
		BufferedImage clear = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(clear, "png", png);
		PhotoImages.Photo fromPng = images.prepare(file("papan.png", png.toByteArray()));
		assertThat(fromPng.small().width()).isEqualTo(320);
		assertThat(fromPng.small().height()).isEqualTo(240);
		assertThat(TestPhotos.decode(fromPng.small().jpeg()).getRGB(10, 10) & 0xFFFFFF).as("transparent is white")
			.isGreaterThan(0xF0F0F0);
	}

	@Test
	void otherFilesAreRefusedByTheirContentWhateverTheirName() throws IOException {
		assertThat(refusal(file("foto.jpg", "bukan foto, hanya teks".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("knowledge.photo-type");
		assertThat(refusal(file("foto.png",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("knowledge.photo-type");
		ByteArrayOutputStream gif = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "gif", gif);
		assertThat(refusal(file("foto.jpg", gif.toByteArray()))).isEqualTo("knowledge.photo-type");
		assertThat(refusal(file("foto.jpg", KnowledgeApiTest.PDF))).isEqualTo("knowledge.photo-type");

		byte[] broken = TestPhotos.sidewaysJpeg(200, 100);
		java.util.Arrays.fill(broken, 300, broken.length, (byte) 0x55);
		assertThat(refusal(file("rusak.jpg", broken))).isEqualTo("knowledge.photo-unreadable");

		byte[] big = new byte[(int) DataSize.ofMegabytes(1).toBytes() + 1];
		System.arraycopy(TestPhotos.sidewaysJpeg(20, 10), 0, big, 0, 100);
		assertThat(refusal(file("besar.jpg", big))).isEqualTo("knowledge.photo-too-large");
		assertThat(refusal(file("kosong.jpg", new byte[0]))).isEqualTo("knowledge.photo-missing");
	}

	/**
	 * The WebP reader decodes every pixel whatever subsampling is asked: a 7 KB lossless
	 * WebP of 14000 × 14000 pixels would take 800 MB of memory at once (two at a time:
	 * the server's heap).
	 */
	@Test
	void aHugeWebpIsRefusedByItsDimensionsBeforeDecoding() {
		byte[] bomb = TestPhotos.resource("huge-14000.webp");
		assertThat(bomb.length).as("tiny on the wire").isLessThan(10_000);
		assertThat(refusal(file("foto.webp", bomb))).isEqualTo("knowledge.photo-dimensions");
	}

	/**
	 * A progressive JPEG is decoded from all its coefficients at once, outside the Java
	 * heap (about 4 bytes a pixel: a 1 MB plain progressive JPEG of 14000 × 14000 took
	 * 750 MB), whatever the subsampling; so it has the WebP's limit, while a baseline
	 * JPEG of the same size is read in parts.
	 */
	@Test
	void aHugeProgressiveJpegIsRefusedByItsDimensionsBeforeDecoding() throws IOException {
		BufferedImage plain = new BufferedImage(6000, 5000, BufferedImage.TYPE_BYTE_GRAY);
		assertThat(refusal(file("foto.jpg", TestPhotos.jpeg(plain, true)))).isEqualTo("knowledge.photo-dimensions");
		assertThat(refusal(file("foto.jpg", TestPhotos.jpeg(plain, false)))).as("baseline: read in parts")
			.isEqualTo("accepted");
	}

}
