package id.kombel.knowledge.material;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.shared.web.InvalidInputException;
import id.kombel.knowledge.item.Checks;
import id.kombel.knowledge.item.StorageUnavailableException;

/**
 * Checks an uploaded file by its content (not its name or the browser's claim) against
 * the kinds of teaching material we accept, and by size; then keeps it under the data
 * directory by its SHA-256, so the same file uploaded twice is stored once.
 */
@Component
public class MaterialFiles {

	/**
	 * Documents, spreadsheets, slides, images, audio and video: what modul ajar, LKPD and
	 * media are made of.
	 */
	static final Set<String> ALLOWED = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "application/msword", "application/vnd.ms-excel",
			"application/vnd.ms-powerpoint", "application/x-tika-msoffice", "application/x-tika-ooxml", "image/jpeg",
			"image/png", "image/gif", "image/webp", "audio/mpeg", "audio/mp4", "video/mp4", "text/plain");

	private static final Tika TIKA = new Tika();

	private final Path root;

	private final DataSize maxSize;

	MaterialFiles(@Value("${kombel.data-path}") String dataPath,
			@Value("${kombel.knowledge.max-file-size:15MB}") DataSize maxSize) {
		this.root = Path.of(dataPath, "materials");
		this.maxSize = maxSize;
	}

	DataSize maxSize() {
		return maxSize;
	}

	public StoredFile store(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "knowledge.file-missing");
		}
		if (file.getSize() > maxSize.toBytes()) {
			throw InvalidInputException.of("file", "knowledge.file-too-large", megabytes(file.getSize()),
					megabytes(maxSize.toBytes()));
		}
		String name = cleanName(file.getOriginalFilename());
		try {
			Files.createDirectories(root);
			String type;
			try (InputStream in = new BufferedInputStream(file.getInputStream())) {
				type = TIKA.detect(in, name);
			}
			if (!ALLOWED.contains(type)) {
				throw InvalidInputException.of("file", "knowledge.file-type", type);
			}
			Path temp = Files.createTempFile(root, "upload", ".part");
			try {
				MessageDigest sha = MessageDigest.getInstance("SHA-256");
				try (InputStream in = new DigestInputStream(file.getInputStream(), sha)) {
					Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
				}
				String hash = HexFormat.of().formatHex(sha.digest());
				Path target = path(hash);
				Files.createDirectories(target.getParent());
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				return new StoredFile(name, type, file.getSize(), hash);
			}
			finally {
				// a write that failed half-way (disk full, client gone) leaves no partial
				// file behind
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new StorageUnavailableException(ex);
		}
	}

	public Path path(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

	/** Only the last path element, without control characters, at most 255 characters. */
	static String cleanName(String original) {
		String name = original == null || original.isBlank() ? "berkas" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
		if (name.isEmpty()) {
			name = "berkas";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
