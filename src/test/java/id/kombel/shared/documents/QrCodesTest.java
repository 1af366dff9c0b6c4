package id.kombel.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * What the QR helper draws is read back by a QR reader as the text it was given, in each
 * form.
 */
class QrCodesTest {

	static final String URL = "https://kombel.id/tickets/ABCDEFGH?s=0a1b2c3d4e5f";

	@Test
	void thePngReadsBackAsItsText() throws Exception {
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL, 220)));
		assertThat(png.getWidth()).isEqualTo(220);
		assertThat(decode(png)).isEqualTo(URL);
	}

	@Test
	void theSvgReadsBackAsItsText() throws Exception {
		String svg = QrCodes.svg(URL);
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
		// draw its modules again, eight pixels each, and read that
		Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
		assertThat(size.find()).isTrue();
		int n = Integer.parseInt(size.group(1));
		int scale = 8;
		BufferedImage image = new BufferedImage(n * scale, n * scale, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < n * scale; x++) {
			for (int y = 0; y < n * scale; y++) {
				image.setRGB(x, y, 0xFFFFFF);
			}
		}
		Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
		while (module.find()) {
			int mx = Integer.parseInt(module.group(1));
			int my = Integer.parseInt(module.group(2));
			for (int x = 0; x < scale; x++) {
				for (int y = 0; y < scale; y++) {
					image.setRGB(mx * scale + x, my * scale + y, 0x000000);
				}
			}
		}
		assertThat(decode(image)).isEqualTo(URL);
	}

	static String decode(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
	}

}
