package id.kombel.monitoring.compliance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kombel.shared.web.InvalidInputException;

/**
 * The days a report covers: a semester of the school year, or any from–to. Semesters
 * follow the Indonesian school year: {@code 2026-1} is semester ganjil of 2026/2027 (1
 * July – 31 December 2026), {@code 2026-2} its semester genap (1 January – 30 June 2027).
 *
 * @param semester the semester's code, or null for a free period
 */
record Period(LocalDate from, LocalDate to, String semester) {

	private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-([12])");

	/**
	 * From the request: a semester, or both days, or (neither) the semester of today.
	 * @throws InvalidInputException a malformed day, from after to, a semester that does
	 * not exist
	 */
	static Period of(String semester, String from, String to, LocalDate today) {
		if (semester != null && !semester.isBlank()) {
			if (from != null || to != null) {
				throw InvalidInputException.of("semester", "monitoring.compliance.semester-or-days");
			}
			Matcher m = SEMESTER.matcher(semester.strip());
			int year = m.matches() ? Integer.parseInt(m.group(1)) : 0;
			if (year < 2000 || year > 2100) {
				throw InvalidInputException.of("semester", "monitoring.compliance.semester-unknown", semester);
			}
			return semester(year, Integer.parseInt(m.group(2)));
		}
		if (from == null && to == null) {
			int year = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
			return semester(year, today.getMonthValue() >= 7 ? 1 : 2);
		}
		LocalDate start = day("from", from);
		LocalDate end = day("to", to);
		if (start.isAfter(end)) {
			throw InvalidInputException.of("to", "monitoring.compliance.to-before-from");
		}
		if (start.plusYears(5).isBefore(end)) {
			throw InvalidInputException.of("to", "monitoring.compliance.too-long");
		}
		return new Period(start, end, null);
	}

	private static Period semester(int year, int half) {
		return half == 1 ? new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), year + "-1")
				: new Period(LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 6, 30), year + "-2");
	}

	private static LocalDate day(String field, String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.of(field, "monitoring.compliance.day-missing");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "monitoring.compliance.day-malformed", text);
		}
	}

	/** The school year a semester belongs to, "2026/2027"; null for a free period. */
	String schoolYear() {
		if (semester == null) {
			return null;
		}
		int year = Integer.parseInt(semester.substring(0, 4));
		return year + "/" + (year + 1);
	}

	boolean odd() {
		return semester != null && semester.endsWith("-1");
	}

}
