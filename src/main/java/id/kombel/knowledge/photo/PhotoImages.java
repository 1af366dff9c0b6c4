package id.kombel.knowledge.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;

import id.kombel.shared.web.InvalidInputException;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import id.kombel.knowledge.item.Checks;

/**
 * Turns a phone photo into the two JPEGs we keep: checked by its content (JPEG, PNG or
 * WebP only), turned upright by its EXIF orientation, and re-encoded from pixels alone.
 * Re-encoding drops all metadata on purpose: EXIF of a phone photo carries GPS
 * coordinates, so a photo of a class would otherwise tell anyone who can open it where a
 * school's children are (and when, and on whose phone).
 */
@Component
class PhotoImages {

	/** One encoded version: the JPEG and its size in pixels. */
	record Version(byte[] jpeg, int width, int height) {
	}

	/** What is kept of one upload. */
	record Photo(Version small, Version display) {
	}

	static final Set<String> ALLOWED = Set.of("image/jpeg", "image/png", "image/webp");

	/** Lists show photos about this wide (and never taller than 1.5 times that). */
	static final int SMALL_WIDTH = 320;

	/**
	 * The long side of the version a reader opens: sharp on a phone, a few hundred KB at
	 * most.
	 */
	static final int DISPLAY_SIDE = 1280;

	/**
	 * Far beyond any phone camera: refuses images that would decode into gigabytes (a
	 * "pixel bomb").
	 */
	static final long MAX_PIXELS = 200_000_000L;

	/**
	 * For images decoded whole whatever subsampling is asked: a WebP (4 bytes a pixel on
	 * the heap) and a progressive JPEG (all its coefficients, about 4 bytes a pixel
	 * outside the heap). A plain image of this kind is a few KB to 1 MB however large: a
	 * 24-megapixel camera's photo is the most kept.
	 */
	static final long MAX_WHOLE_PIXELS = 25_000_000L;

	private static final Tika TIKA = new Tika();

	/**
	 * Decoding a 12-megapixel photo takes about 50 MB and a core: two at a time on a
	 * small server.
	 */
	private final Semaphore decoding = new Semaphore(2);

	private final DataSize maxSize;

	PhotoImages(@Value("${kombel.knowledge.max-photo-size:10MB}") DataSize maxSize) {
		this.maxSize = maxSize;
		// readers of the TwelveMonkeys plugins (WebP, and JPEGs in CMYK or with broken
		// ICC profiles) live in the
		// application's class loader, which ImageIO does not scan by itself in a packaged
		// jar
		ImageIO.scanForPlugins();
	}

	DataSize maxSize() {
		return maxSize;
	}

	/**
	 * Checks the upload and re-encodes it; a refused file is a 400 in the reader's
	 * language.
	 */
	Photo prepare(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "knowledge.photo-missing");
		}
		if (file.getSize() > maxSize.toBytes()) {
			throw InvalidInputException.of("file", "knowledge.photo-too-large", megabytes(file.getSize()),
					megabytes(maxSize.toBytes()));
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read an uploaded photo", ex);
		}
		// judged by the bytes only: the name and the browser's claim say nothing about
		// what a file is
		String type = TIKA.detect(bytes);
		if (!ALLOWED.contains(type)) {
			throw InvalidInputException.of("file", "knowledge.photo-type", type);
		}
		decoding.acquireUninterruptibly();
		try {
			boolean whole = type.equals("image/webp") || type.equals("image/jpeg") && progressive(bytes);
			BufferedImage upright = upright(decode(bytes, whole ? MAX_WHOLE_PIXELS : MAX_PIXELS), orientation(bytes));
			BufferedImage display = fit(upright, DISPLAY_SIDE, DISPLAY_SIDE);
			BufferedImage small = fit(display, SMALL_WIDTH, SMALL_WIDTH * 3 / 2);
			return new Photo(encode(small, 0.75f), encode(display, 0.8f));
		}
		catch (IOException ex) {
			throw InvalidInputException.of("file", "knowledge.photo-unreadable");
		}
		finally {
			decoding.release();
		}
	}

	/**
	 * Decodes into plain RGB on white (transparent PNG areas become white, as a JPEG has
	 * no alpha). A very large JPEG or PNG is read with subsampling, so memory stays
	 * bounded by about twice the display size; a WebP or a progressive JPEG is read
	 * whole, hence their lower limit.
	 */
	private static BufferedImage decode(byte[] bytes, long maxPixels) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new IOException("no reader");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > maxPixels || width <= 0 || height <= 0) {
					throw InvalidInputException.of("file", "knowledge.photo-dimensions", width, height);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, Math.max(width, height) / (2 * DISPLAY_SIDE));
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage decoded = reader.read(0, param);
				BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(),
						BufferedImage.TYPE_INT_RGB);
				Graphics2D g = rgb.createGraphics();
				try {
					g.setColor(Color.WHITE);
					g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
					g.drawImage(decoded, 0, 0, null);
				}
				finally {
					g.dispose();
				}
				return rgb;
			}
			catch (RuntimeException ex) {
				if (ex instanceof InvalidInputException invalid) {
					throw invalid;
				}
				// plugins throw unchecked on some corrupt data
				throw new IOException("broken image", ex);
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * Whether a JPEG's frame header (before its first scan) is one of the progressive
	 * ones (SOF2, 6, 10, 14).
	 */
	static boolean progressive(byte[] jpeg) {
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			if (marker == 0xFF) {
				at++; // a fill byte
				continue;
			}
			if (marker == 0xDA) {
				return false;
			}
			if (marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE) {
				return true;
			}
			at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
		}
		return false;
	}

	/**
	 * The EXIF orientation (1 to 8) of a JPEG, PNG or WebP; 1 when it has none or it
	 * cannot be read.
	 */
	static int orientation(byte[] bytes) {
		try (InputStream in = new ByteArrayInputStream(bytes)) {
			for (ExifIFD0Directory exif : ImageMetadataReader.readMetadata(in)
				.getDirectoriesOfType(ExifIFD0Directory.class)) {
				Integer value = exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
				if (value != null && value >= 1 && value <= 8) {
					return value;
				}
			}
		}
		catch (Exception ex) {
			// a photo whose metadata cannot be read is shown as its pixels lie
		}
		return 1;
	}

	private static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation == 1) {
			return image;
		}
		return ExifFilterUtils.getFilterForOrientation(Orientation.typeOf(orientation)).apply(image);
	}

	/** Scaled down (never up) to fit the box, keeping its proportions. */
	private static BufferedImage fit(BufferedImage image, int maxWidth, int maxHeight) throws IOException {
		double scale = Math.min(1.0,
				Math.min((double) maxWidth / image.getWidth(), (double) maxHeight / image.getHeight()));
		if (scale >= 1.0) {
			return image;
		}
		int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage scaled = Thumbnails.of(image)
			.forceSize(width, height)
			.imageType(BufferedImage.TYPE_INT_RGB)
			.asBufferedImage();
		return scaled;
	}

	/**
	 * A progressive JPEG (a slow connection shows the whole photo early, then sharpens
	 * it), no metadata.
	 */
	private static Version encode(BufferedImage image, float quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return new Version(bytes.toByteArray(), image.getWidth(), image.getHeight());
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}
