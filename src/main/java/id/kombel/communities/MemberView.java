package id.kombel.communities;

import java.time.Instant;

/** A person in a community, as its members and partners see them. */
public record MemberView(long accountId, String displayName, MemberRole role, MemberStatus status, Instant joinedAt,
		Instant lastParticipatedAt) {
}
