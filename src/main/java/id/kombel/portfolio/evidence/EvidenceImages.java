package id.kombel.portfolio.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An evidence photo or scan as one A4 page: made smaller (long edge, then JPEG quality)
 * to fit the bytes it may take, so thirty phone photos still fit the 10 MB file.
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

	/** Each ready-made copy's long edge against the one before. */
	static final double LADDER_STEP = 0.8;

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
	 * legible one is larger. A JPEG that already fits is taken as it is; otherwise the
	 * image is decoded once and the edge it needs is estimated from what a JPEG of it
	 * weighs (bytes grow with the pixels), so it is scaled and encoded once, seldom
	 * twice.
	 */
	public static byte[] fit(byte[] content, long budget) {
		boolean jpeg = isJpeg(content);
		if (jpeg && content.length <= budget) {
			return content;
		}
		return fit(decode(content), budget, jpeg ? content.length : -1);
	}

	/**
	 * {@link #fit(byte[], long)} of a decoded image; {@code weight} the bytes of it as a
	 * JPEG at its own size, or -1 if unknown (then the first edge is tried first).
	 */
	static byte[] fit(BufferedImage image, long budget, long weight) {
		int own = Math.max(image.getWidth(), image.getHeight());
		int first = Math.min(FIRST_EDGE, own);
		int edge = first;
		double estimate = weight < 0 ? -1 : weight * Math.pow((double) edge / own, 2);
		for (int attempt = 0; attempt < 3; attempt++) {
			if (estimate > budget) {
				// a little under the share, so that the estimate's error rarely costs a
				// second encoding
				edge = (int) (edge * Math.sqrt(budget * 0.9 / estimate));
			}
			if (edge < SMALLEST_EDGE) {
				break;
			}
			byte[] jpeg = jpeg(scale(image, edge), 0.8f);
			if (jpeg.length <= budget) {
				return jpeg.length >= budget * 0.7 || edge >= first ? jpeg : larger(image, edge, first, jpeg, budget);
			}
			estimate = jpeg.length;
		}
		// the last resort: the smallest legible edge at lower qualities
		BufferedImage smallest = scale(image, Math.min(own, SMALLEST_EDGE));
		for (float quality : new float[] { 0.6f, 0.45f }) {
			byte[] jpeg = jpeg(smallest, quality);
			if (jpeg.length <= budget) {
				return jpeg;
			}
		}
		return null;
	}

	/**
	 * Once more, larger, when the estimate was far too cautious (a file saved at a higher
	 * quality than the copy's): the larger copy if it fits, else the one made.
	 */
	private static byte[] larger(BufferedImage image, int edge, int first, byte[] made, long budget) {
		int larger = Math.min(first, (int) (edge * Math.sqrt(budget * 0.9 / made.length)));
		byte[] jpeg = jpeg(scale(image, larger), 0.8f);
		return jpeg.length <= budget ? jpeg : made;
	}

	private static boolean isJpeg(byte[] content) {
		return content.length > 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8;
	}

	/** The copy the PDF starts from: the first size and quality {@link #fit} tries. */
	public static byte[] print(BufferedImage image) {
		return jpeg(scale(image, FIRST_EDGE), 0.8f);
	}

	/** A ready-made copy for the merged PDF: its long edge and its JPEG. */
	public record Copy(int edge, byte[] jpeg) {
	}

	/**
	 * The copies an upload keeps, made once so that a download only picks the largest
	 * that fits its share: the print copy, then each 0.8 of the one before (JPEG 0.8),
	 * down to the smallest legible edge. Each is scaled from the one before (small steps
	 * keep a scan sharp and cost little).
	 */
	public static List<Copy> ladder(BufferedImage image) {
		List<Copy> copies = new ArrayList<>();
		int edge = Math.min(FIRST_EDGE, Math.max(image.getWidth(), image.getHeight()));
		BufferedImage step = image;
		while (true) {
			step = scale(step, edge);
			copies.add(new Copy(edge, jpeg(step, 0.8f)));
			int smaller = (int) (edge * LADDER_STEP);
			if (smaller < SMALLEST_EDGE) {
				return copies;
			}
			edge = smaller;
		}
	}

	private static BufferedImage scale(BufferedImage image, int edge) {
		double factor = Math.min(1.0, (double) edge / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
		// on white: a PNG's transparency would turn black in a JPEG
		// three bytes a pixel: the JPEG writer takes their rows without converting them
		BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
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
