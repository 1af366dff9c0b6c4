package id.kombel.shared.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * Where Kombel keeps uploaded and generated files, shared by every node: a directory that
 * all nodes mount ({@code kombel.storage.dir}) or an S3-compatible object store. Never a
 * node's own disk by another path. Keys are relative, slash-separated names such as
 * {@code materials/ab/ab12…}; a module keeps its files under its own first segment.
 */
public interface FileStore {

	/**
	 * Stores the content under the key, replacing what was there. A reader sees the whole
	 * content or nothing: a write that fails half-way leaves no partial file.
	 * @throws FileStoreUnavailableException when the store cannot take the file
	 */
	void put(String key, InputStream content, long length, String contentType);

	default void put(String key, byte[] content, String contentType) {
		put(key, new java.io.ByteArrayInputStream(content), content.length, contentType);
	}

	/**
	 * The stored file, or empty when there is none under the key. The caller closes it.
	 */
	Optional<StoredObject> open(String key);

	boolean exists(String key);

	/** Removes the file; a key with no file is no error. */
	void delete(String key);

	/** An open stored file: read its content once, then close it. */
	record StoredObject(InputStream content, long length, String contentType) implements AutoCloseable {

		@Override
		public void close() {
			try {
				content.close();
			}
			catch (java.io.IOException ex) {
				// nothing to do: the content was read or abandoned
			}
		}

	}

}
