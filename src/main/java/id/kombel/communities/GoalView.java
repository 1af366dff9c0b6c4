package id.kombel.communities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A measurable goal with its measurements; {@code progress} runs from 0 (baseline) to 1
 * (target).
 */
public record GoalView(long id, long communityId, Purpose purpose, String indicator, String description, String unit,
		BigDecimal baseline, BigDecimal target, LocalDate dueDate, BigDecimal latest, double progress,
		List<MeasurementView> measurements) {

	public record MeasurementView(long id, BigDecimal value, LocalDate measuredOn, String note) {
	}

	public int percent() {
		return (int) Math.round(progress * 100);
	}
}
