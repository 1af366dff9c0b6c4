package id.kombel.shared.limits;

import java.time.Duration;

/**
 * A limit of {@code allowed} attempts per {@code window} for one kind of attempt; the
 * name keeps the counters of different limits apart.
 */
public record RateLimit(String name, int allowed, Duration window) {

	public RateLimit {
		if (allowed < 1 || window.toMillis() < 1000) {
			throw new IllegalArgumentException("a limit allows at least one attempt per second or longer");
		}
	}

}
