package id.kombel.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the programmes module shows of itself, to the API and to pages. */
public final class Views {

	private Views() {
	}

	public record SessionView(String code, LocalTime startsAt, LocalTime endsAt, String topic, int day) {
	}

	public record ProgrammeView(long id, String title, ProgrammeKind kind, String provinceCode, String provinceName,
			Integer targetParticipants, int hours, int minSessions, List<SessionView> sessions, int events,
			int registered, int attended, Instant createdAt) {
	}

	public record EventView(long id, long programmeId, String programmeTitle, String regencyCode, String regencyName,
			LocalDate date, String venue, Integer capacity, String openingOfficial, int registered, int attended) {
	}

}
