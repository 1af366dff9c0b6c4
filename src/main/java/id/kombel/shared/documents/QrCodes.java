package id.kombel.shared.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import org.openpdf.text.Element;
import org.openpdf.text.Image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * QR codes, drawn once: a ZXing matrix as a black-on-white image (for a PNG or a PDF) or
 * as an SVG path (small enough to inline in a page). The margin is the quiet zone in
 * modules.
 */
public final class QrCodes {

	private QrCodes() {
	}

	/**
	 * {@code size} × {@code size} pixels (ZXing grows it if the text needs more), a
	 * one-module margin.
	 */
	public static BufferedImage image(String text, int size) {
		BitMatrix m = matrix(text, size, 1);
		BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
		for (int x = 0; x < m.getWidth(); x++) {
			for (int y = 0; y < m.getHeight(); y++) {
				image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
			}
		}
		return image;
	}

	/** {@link #image} as PNG bytes. */
	public static byte[] png(String text, int size) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image(text, size), "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/**
	 * {@link #image} for a PDF, shown {@code points} × {@code points} and centred.
	 */
	public static Image pdfImage(String text, int size, float points) {
		Image qr;
		try {
			qr = Image.getInstance(image(text, size), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		qr.scaleAbsolute(points, points);
		qr.setAlignment(Element.ALIGN_CENTER);
		return qr;
	}

	/**
	 * One unit per module and a two-module margin, so it scales to any width without
	 * blurring.
	 */
	public static String svg(String text) {
		BitMatrix m = matrix(text, 0, 2);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < m.getHeight(); y++) {
			for (int x = 0; x < m.getWidth(); x++) {
				if (m.get(x, y)) {
					path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
				+ "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	private static BitMatrix matrix(String text, int size, int margin) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.MARGIN, margin));
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
