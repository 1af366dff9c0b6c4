package id.kombel.knowledge.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.security.SecureRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import id.kombel.knowledge.web.KnowledgeErrors;
import id.kombel.knowledge.item.StorageUnavailableException;

/**
 * Keeps the two JPEGs of each practice photo under the data directory, named by a random
 * key. A file is written to a temporary name and moved into place, so a reader never sees
 * half a file.
 */
@Component
class PhotoFiles {

	enum Variant {

		SMALL, DISPLAY

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path root;

	PhotoFiles(@Value("${kombel.data-path}") String dataPath) {
		this.root = Path.of(dataPath, "practice-photos");
	}

	static String newKey() {
		byte[] key = new byte[16];
		RANDOM.nextBytes(key);
		return HexFormat.of().formatHex(key);
	}

	void write(String key, PhotoImages.Photo photo) {
		write(path(key, Variant.SMALL), photo.small().jpeg());
		write(path(key, Variant.DISPLAY), photo.display().jpeg());
	}

	Path path(String key, Variant variant) {
		return root.resolve(key.substring(0, 2))
			.resolve(key + "-" + variant.name().toLowerCase(java.util.Locale.ROOT) + ".jpg");
	}

	/** Removes both files; a file already gone is no error. */
	void delete(String key) {
		try {
			for (Variant v : Variant.values()) {
				Files.deleteIfExists(path(key, v));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path target, byte[] bytes) {
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), "photo", ".part");
			try {
				Files.write(temp, bytes);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			// disk full or not writable: a 503 to try again later (KnowledgeErrors), not
			// a 500
			throw new StorageUnavailableException(ex);
		}
	}

}
