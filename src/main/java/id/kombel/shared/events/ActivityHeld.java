package id.kombel.shared.events;

import java.time.Instant;

/**
 * An activity's time has come: it started at {@code startsAt}, which is not in the
 * future. Published once per activity (again only if it is moved and its new time comes).
 * A community is active from its held activities, never from scheduled ones.
 */
public record ActivityHeld(long communityId, long activityId, Instant startsAt) {
}
