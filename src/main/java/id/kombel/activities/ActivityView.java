package id.kombel.activities;

import java.time.Instant;
import java.util.List;

/**
 * An activity as a member or partner sees it. {@code checkInCode} is filled for its
 * community's facilitators only; {@code myAttendance} is the asking account's own status.
 */
public record ActivityView(long id, long communityId, String title, ActivityRole role, ActivityMode mode,
		Instant startsAt, Instant endsAt, String meetingLink, String venue, String agenda, String minutes,
		boolean closed, String checkInCode, List<TaskView> tasks, List<AttendanceView> attendance,
		AttendanceStatus myAttendance, boolean facilitator) {

	public record TaskView(long id, long accountId, String displayName, TaskKind kind, String label) {
	}

	public record AttendanceView(long accountId, String displayName, AttendanceStatus status, String method,
			Instant updatedAt) {
	}

	public long count(AttendanceStatus status) {
		return attendance.stream().filter(a -> a.status() == status).count();
	}
}
