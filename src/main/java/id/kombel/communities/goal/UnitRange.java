package id.kombel.communities.goal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * What values a goal's unit makes sense for. The unit is free text ("% murid", "murid",
 * "skor rata-rata"), so the rule reads it: a share (a "%", "persen", "percent") lies
 * between 0 and 100; everything else a community measures (students, scores, sessions,
 * materials) is a count or a score, never below 0.
 */
public final class UnitRange {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private UnitRange() {
	}

	public static boolean isPercentage(String unit) {
		String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
		return u.contains("%") || u.contains("persen") || u.contains("percent");
	}

	/** The message key of what is wrong with the value in this unit, if anything. */
	public static Optional<String> problem(String unit, BigDecimal value) {
		if (value == null) {
			return Optional.empty();
		}
		if (value.signum() < 0) {
			return Optional.of(isPercentage(unit) ? "communities.value-percentage" : "communities.value-negative");
		}
		if (isPercentage(unit) && value.compareTo(HUNDRED) > 0) {
			return Optional.of("communities.value-percentage");
		}
		return Optional.empty();
	}

}
