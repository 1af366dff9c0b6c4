package id.kombel.knowledge.photo;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.security.SecureRandom;

import org.springframework.stereotype.Component;

import id.kombel.knowledge.item.StorageUnavailableException;
import id.kombel.shared.files.FileStore;
import id.kombel.shared.files.FileStoreUnavailableException;

/**
 * Keeps the two JPEGs of each practice photo in the shared {@link FileStore} (under
 * {@code practice-photos/}), named by a random key, so every node serves them. The store
 * writes each file whole or not at all.
 */
@Component
class PhotoFiles {

	enum Variant {

		SMALL, DISPLAY

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final FileStore store;

	PhotoFiles(FileStore store) {
		this.store = store;
	}

	static String newKey() {
		byte[] key = new byte[16];
		RANDOM.nextBytes(key);
		return HexFormat.of().formatHex(key);
	}

	void write(String key, PhotoImages.Photo photo) {
		write(storeKey(key, Variant.SMALL), photo.small().jpeg());
		write(storeKey(key, Variant.DISPLAY), photo.display().jpeg());
	}

	static String storeKey(String key, Variant variant) {
		return "practice-photos/" + key.substring(0, 2) + "/" + key + "-" + variant.name().toLowerCase(Locale.ROOT)
				+ ".jpg";
	}

	Optional<FileStore.StoredObject> open(String key, Variant variant) {
		try {
			return store.open(storeKey(key, variant));
		}
		catch (FileStoreUnavailableException ex) {
			throw new StorageUnavailableException(ex);
		}
	}

	/** Removes both files; a file already gone is no error. */
	void delete(String key) {
		for (Variant v : Variant.values()) {
			store.delete(storeKey(key, v));
		}
	}

	private void write(String target, byte[] bytes) {
		try {
			store.put(target, bytes, "image/jpeg");
		}
		catch (FileStoreUnavailableException ex) {
			// store full or down: a 503 to try again later (KnowledgeErrors), not a 500
			throw new StorageUnavailableException(ex);
		}
	}

}
