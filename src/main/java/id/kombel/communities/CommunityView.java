package id.kombel.communities;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.kombel.shared.Level;

/**
 * A community as the API and pages show it; {@code state} and {@code participation} are
 * computed. {@code myRole}/{@code myStatus} describe the asking account (null when not a
 * member).
 */
public record CommunityView(long id, String name, CommunityKind kind, String description, String meetingNorm,
		JoinPolicy joinPolicy, List<Level> levels, List<String> subjects, String regionCode, Long homeSchoolId,
		HealthState state, double participation, long memberCount, Instant createdAt, Instant lastActivityAt,
		Set<StarterStep> stepsDone, MemberRole myRole, MemberStatus myStatus, Access access) {

	public int participationPercent() {
		return (int) Math.round(participation * 100);
	}
}
