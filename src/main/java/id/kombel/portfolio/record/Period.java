package id.kombel.portfolio.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import id.kombel.shared.web.InvalidInputException;

/**
 * The days a portfolio covers, both ends included: a semester (January–June,
 * July–December), a calendar year (the performance year), or any from–to.
 */
public record Period(LocalDate from, LocalDate to) {

	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/**
	 * From the request: {@code from}/{@code to} win; else {@code period=year|semester}
	 * around today (the semester by default).
	 */
	public static Period of(String kind, LocalDate from, LocalDate to, LocalDate today) {
		if (from != null || to != null) {
			LocalDate start = from != null ? from : LocalDate.of((to).getYear(), 1, 1);
			LocalDate end = to != null ? to : today;
			if (end.isBefore(start)) {
				throw InvalidInputException.of("to", "portfolio.period.order");
			}
			if (start.plusYears(10).isBefore(end)) {
				throw InvalidInputException.of("to", "portfolio.period.too-long");
			}
			return new Period(start, end);
		}
		if ("year".equals(kind)) {
			return new Period(LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31));
		}
		return today.getMonthValue() <= 6
				? new Period(LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 6, 30))
				: new Period(LocalDate.of(today.getYear(), 7, 1), LocalDate.of(today.getYear(), 12, 31));
	}

	public Instant start() {
		return from.atStartOfDay(WIB).toInstant();
	}

	/** The first instant after the period. */
	public Instant end() {
		return to.plusDays(1).atStartOfDay(WIB).toInstant();
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}

}
