package id.kombel.portfolio.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.tika.Tika;
import org.openpdf.text.pdf.PdfReader;

import id.kombel.shared.web.InvalidInputException;

/**
 * Checks an evidence file by its content, not its name or the browser's claim: a PDF that
 * opens (and is not locked with a password, which the merged PDF could not copy), or a
 * JPEG or PNG that decodes.
 */
final class EvidenceFiles {

	static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png");

	private static final Tika TIKA = new Tika();

	private EvidenceFiles() {
	}

	/** The content type of an acceptable file; a 400 naming what is wrong otherwise. */
	static String check(byte[] content, long maxBytes) {
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "portfolio.evidence.file-missing");
		}
		if (content.length > maxBytes) {
			throw InvalidInputException.of("file", "portfolio.evidence.file-too-large", megabytes(content.length),
					megabytes(maxBytes));
		}
		String type = TIKA.detect(content);
		if (!ALLOWED.contains(type)) {
			throw InvalidInputException.of("file", "portfolio.evidence.file-type", type);
		}
		if (type.equals("application/pdf")) {
			try {
				PdfReader reader = new PdfReader(content);
				boolean usable = reader.getNumberOfPages() > 0 && !reader.isEncrypted();
				reader.close();
				if (!usable) {
					throw InvalidInputException.of("file", "portfolio.evidence.file-unreadable");
				}
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof InvalidInputException invalid) {
					throw invalid;
				}
				throw InvalidInputException.of("file", "portfolio.evidence.file-unreadable");
			}
		}
		else {
			try {
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
				if (image == null || image.getWidth() < 1) {
					throw InvalidInputException.of("file", "portfolio.evidence.file-unreadable");
				}
			}
			catch (IOException ex) {
				throw InvalidInputException.of("file", "portfolio.evidence.file-unreadable");
			}
		}
		return type;
	}

	static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}
