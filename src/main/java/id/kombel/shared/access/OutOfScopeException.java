package id.kombel.shared.access;

/** The account is signed in but the thing asked for lies outside its scope (HTTP 403). */
public class OutOfScopeException extends RuntimeException {

	public OutOfScopeException(String what) {
		super(what);
	}

}
