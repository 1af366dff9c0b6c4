package id.kombel.activities.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.InvalidInputException.FieldProblem;

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

	/**
	 * The start and end of an activity as typed: both readable, the start within a year
	 * back and five ahead, the end after the start and at most {@code longest} later.
	 * @throws InvalidInputException naming each field that is not
	 */
	public static Instant[] window(String startsAt, String endsAt, ZoneId zone, Instant now, Duration longest) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<Instant> starts = Times.parse(startsAt, zone);
		Optional<Instant> ends = Times.parse(endsAt, zone);
		if (starts.isEmpty()) {
			problems.add(new FieldProblem("startsAt", "validation.datetime"));
		}
		if (ends.isEmpty()) {
			problems.add(new FieldProblem("endsAt", "validation.datetime"));
		}
		if (starts.isPresent() && (starts.get().isBefore(now.minus(Duration.ofDays(366)))
				|| starts.get().isAfter(now.plus(Duration.ofDays(5 * 366))))) {
			problems.add(new FieldProblem("startsAt", "activities.date-range"));
		}
		else if (starts.isPresent() && ends.isPresent()) {
			if (!ends.get().isAfter(starts.get())) {
				problems.add(new FieldProblem("endsAt", "activities.ends-before-start"));
			}
			else if (Duration.between(starts.get(), ends.get()).compareTo(longest) > 0) {
				problems.add(new FieldProblem("endsAt", "activities.too-long"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Instant[] { starts.get(), ends.get() };
	}

}
