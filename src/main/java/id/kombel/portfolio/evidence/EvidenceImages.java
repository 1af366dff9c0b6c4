package id.kombel.portfolio.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An evidence photo or scan as one A4 page: made smaller (long edge, JPEG quality) until
 * it fits the bytes it may take, so thirty phone photos still fit the 10 MB file.
 */
public final class EvidenceImages {

	/**
	 * The long edge of the first try: about 190 dpi on A4, sharp enough to read a scan.
	 */
	static final int FIRST_EDGE = 2200;

	/**
	 * Below this a certificate scan is no longer legible; the item is left out instead.
	 */
	static final int SMALLEST_EDGE = 700;

	private EvidenceImages() {
	}

	public static BufferedImage decode(byte[] content) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			if (image == null) {
				throw new IllegalArgumentException("not an image");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The image as a JPEG of at most {@code budget} bytes, or null when even the smallest
	 * legible one is larger.
	 */
	public static byte[] fit(BufferedImage image, long budget) {
		int edge = Math.min(FIRST_EDGE, Math.max(image.getWidth(), image.getHeight()));
		// a small image is tried at its own size; a large one is made smaller down to the
		// smallest legible edge
		while (true) {
			BufferedImage scaled = scale(image, edge);
			for (float quality : new float[] { 0.8f, 0.6f, 0.45f }) {
				byte[] jpeg = jpeg(scaled, quality);
				if (jpeg.length <= budget) {
					return jpeg;
				}
			}
			int smaller = (int) (edge * 0.7);
			if (smaller < SMALLEST_EDGE) {
				break;
			}
			edge = smaller;
		}
		return null;
	}

	/** The copy the PDF starts from: the first size and quality {@link #fit} tries. */
	public static byte[] print(BufferedImage image) {
		return jpeg(scale(image, FIRST_EDGE), 0.8f);
	}

	private static BufferedImage scale(BufferedImage image, int edge) {
		double factor = Math.min(1.0, (double) edge / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
		// on white: a PNG's transparency would turn black in a JPEG
		BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, w, h);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return rgb;
	}

	public static byte[] jpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

}
