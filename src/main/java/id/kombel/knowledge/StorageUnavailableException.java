package id.kombel.knowledge;

/** An uploaded file could not be kept (disk full, not writable): nothing was saved, the user may try again. */
class StorageUnavailableException extends RuntimeException {

	StorageUnavailableException(Throwable cause) {
		super("cannot store an uploaded file", cause);
	}
}
