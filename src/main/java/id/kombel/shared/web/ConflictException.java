package id.kombel.shared.web;

/**
 * The request clashes with what exists, e.g. a duplicate e-mail (HTTP 409). Message is a
 * key.
 */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
