package id.kombel.shared.web;

/** Credentials were wrong or missing (HTTP 401). Message is a key. */
public class UnauthenticatedException extends RuntimeException {

	public UnauthenticatedException(String messageKey) {
		super(messageKey);
	}

}
