package id.kombel.shared.events;

import java.time.Instant;

/**
 * A member took part in a community's activity: checked in, was marked present, or took a
 * task.
 */
public record ParticipationRecorded(long communityId, long accountId, Instant at) {
}
