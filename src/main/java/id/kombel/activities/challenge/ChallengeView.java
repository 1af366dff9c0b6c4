package id.kombel.activities.challenge;

import java.time.Instant;

/** A challenge and, once solved, what solved it. */
public record ChallengeView(long id, long communityId, long accountId, String raisedBy, String title,
		String description, String solution, Instant solvedAt, Instant createdAt) {
}
