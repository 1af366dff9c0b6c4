package id.kombel.shared.web;

/** Someone tried too often, e.g. guessing a code (HTTP 429). Message is a key. */
public class TooManyAttemptsException extends RuntimeException {

	public TooManyAttemptsException(String messageKey) {
		super(messageKey);
	}

}
