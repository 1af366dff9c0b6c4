package id.kombel.shared.files;

/**
 * The file store could not take or give a file (disk full, object store down): nothing
 * was saved, the user may try again.
 */
public class FileStoreUnavailableException extends RuntimeException {

	public FileStoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
