package id.kombel.knowledge.material;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
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

import id.kombel.shared.files.FileStore;
import id.kombel.shared.files.FileStoreUnavailableException;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.knowledge.item.Checks;
import id.kombel.knowledge.item.StorageUnavailableException;

/**
 * Checks an uploaded file by its content (not its name or the browser's claim) against
 * the kinds of teaching material we accept, and by size; then keeps it in the shared
 * {@link FileStore} by its SHA-256, so the same file uploaded twice is stored once.
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

	private final FileStore store;

	private final DataSize maxSize;

	MaterialFiles(FileStore store, @Value("${kombel.knowledge.max-file-size:15MB}") DataSize maxSize) {
		this.store = store;
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
			String type;
			try (InputStream in = new BufferedInputStream(file.getInputStream())) {
				type = TIKA.detect(in, name);
			}
			if (!ALLOWED.contains(type)) {
				throw InvalidInputException.of("file", "knowledge.file-type", type);
			}
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(file.getInputStream(), sha)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			String hash = HexFormat.of().formatHex(sha.digest());
			String key = key(hash);
			if (!store.exists(key)) {
				// the store writes whole or nothing: a failure leaves no partial file
				try (InputStream in = file.getInputStream()) {
					store.put(key, in, file.getSize(), type);
				}
			}
			return new StoredFile(name, type, file.getSize(), hash);
		}
		catch (IOException | NoSuchAlgorithmException | FileStoreUnavailableException ex) {
			throw new StorageUnavailableException(ex);
		}
	}

	/** The stored file of this hash, shared by every node. */
	public Optional<FileStore.StoredObject> open(String sha256) {
		try {
			return store.open(key(sha256));
		}
		catch (FileStoreUnavailableException ex) {
			throw new StorageUnavailableException(ex);
		}
	}

	static String key(String sha256) {
		return "materials/" + sha256.substring(0, 2) + "/" + sha256;
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
