package id.kombel.shared.events;

import java.time.Instant;

/**
 * An activity of a community was scheduled (or rescheduled) to start at {@code startsAt}.
 */
public record ActivityScheduled(long communityId, long activityId, Instant startsAt) {
}
