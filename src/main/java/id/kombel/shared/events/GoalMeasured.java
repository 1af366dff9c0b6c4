package id.kombel.shared.events;

import java.time.LocalDate;

/** A measurement of a community's goal was recorded. */
public record GoalMeasured(long communityId, long goalId, LocalDate measuredOn) {
}
