package id.kombel.shared.web;

import java.time.Duration;

/**
 * Someone tried too often, e.g. guessing a code (HTTP 429, with {@code Retry-After} when
 * the wait is known). Message is a key.
 */
public class TooManyAttemptsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyAttemptsException(String messageKey) {
		this(messageKey, null);
	}

	public TooManyAttemptsException(String messageKey, Duration retryAfter) {
		super(messageKey);
		this.retryAfter = retryAfter;
	}

	/** How long to wait, or null when not known. */
	public Duration retryAfter() {
		return retryAfter;
	}

}
