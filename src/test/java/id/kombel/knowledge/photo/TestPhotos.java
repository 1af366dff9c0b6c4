package id.kombel.knowledge.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;

/**
 * Photos as a phone makes them: pixels stored sideways with an EXIF orientation, and a
 * GPS position.
 */
public final class TestPhotos {

	private TestPhotos() {
	}

	/**
	 * A JPEG whose stored pixels are red on the left half and blue on the right, with
	 * EXIF orientation 6 ("turn 90° clockwise to view"): upright, red is on top and blue
	 * below.
	 */
	public static byte[] sidewaysJpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, width / 2, height);
		g.setColor(Color.BLUE);
		g.fillRect(width / 2, 0, width - width / 2, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] jpeg = out.toByteArray();
		byte[] exif = exifSegment(6);
		// the APP1 segment right after the start-of-image marker, where phones put it
		ByteBuffer all = ByteBuffer.allocate(jpeg.length + exif.length);
		all.put(jpeg, 0, 2).put(exif).put(jpeg, 2, jpeg.length - 2);
		return all.array();
	}

	/** The image as a JPEG, progressive or baseline. */
	static byte[] jpeg(BufferedImage image, boolean progressive) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * APP1 "Exif": IFD0 with the orientation and a pointer to a GPS IFD that holds a
	 * latitude reference.
	 */
	static byte[] exifSegment(int orientation) {
		// big-endian, as "MM" says
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + 2 + 12 + 4);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(8 + 2 + 2 * 12 + 4);
		tiff.putInt(0);
		tiff.putShort((short) 1);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'S', 0, 0, 0 });
		tiff.putInt(0);
		byte[] body = tiff.array();
		ByteBuffer segment = ByteBuffer.allocate(4 + 6 + body.length);
		segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
		segment.put(new byte[] { 'E', 'x', 'i', 'f', 0, 0 }).put(body);
		return segment.array();
	}

	static byte[] resource(String name) {
		try (var in = TestPhotos.class.getResourceAsStream("/photos/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static BufferedImage decode(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the file carries EXIF (or GPS) metadata, as a metadata reader finds it. */
	public static boolean hasExif(byte[] bytes) {
		try {
			Metadata m = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
			return m.containsDirectoryOfType(ExifIFD0Directory.class) || m.containsDirectoryOfType(GpsDirectory.class);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static boolean reddish(int rgb) {
		Color c = new Color(rgb);
		return c.getRed() > 180 && c.getBlue() < 90;
	}

	static boolean bluish(int rgb) {
		Color c = new Color(rgb);
		return c.getBlue() > 180 && c.getRed() < 90;
	}

}
