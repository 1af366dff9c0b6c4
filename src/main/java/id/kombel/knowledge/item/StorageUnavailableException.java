package id.kombel.knowledge.item;

/**
 * An uploaded file could not be kept (disk full, not writable): nothing was saved, the
 * user may try again.
 */
public class StorageUnavailableException extends RuntimeException {

	public StorageUnavailableException(Throwable cause) {
		super("cannot store an uploaded file", cause);
	}

}
