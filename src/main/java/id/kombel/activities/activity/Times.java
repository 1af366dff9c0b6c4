package id.kombel.activities.activity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the times people and clients send: with an offset, with Z, or local time on the
 * community's clock (WIB, WITA or WIT).
 */
public final class Times {

	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private Times() {
	}

	public static Optional<Instant> parse(String text) {
		return parse(text, WIB);
	}

	public static Optional<Instant> parse(String text, ZoneId zone) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.strip();
		try {
			return Optional.of(OffsetDateTime.parse(t).toInstant());
		}
		catch (DateTimeParseException ex) {
			try {
				return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
			}
			catch (DateTimeParseException again) {
				return Optional.empty();
			}
		}
	}

}
