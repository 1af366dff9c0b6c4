package id.kombel.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import id.kombel.programmes.crew.CommitteeKind;
import id.kombel.programmes.certificate.HolderRole;

/** What the events module shows of itself, to the API and to pages. */
public final class Views {

	private Views() {
	}

	public record SessionView(String code, LocalTime startsAt, LocalTime endsAt, String topic) {
	}

	public record ProgrammeView(long id, String title, ProgrammeKind kind, String provinceCode, String provinceName,
			Integer targetParticipants, int hours, int minSessions, List<SessionView> sessions, int events,
			int registered, int attended, Instant createdAt) {
	}

	public record EventView(long id, long programmeId, String programmeTitle, String regencyCode, String regencyName,
			LocalDate date, String venue, Integer capacity, String openingOfficial, int registered, int attended) {
	}

	public record ParticipantView(long id, long eventId, String name, String regencyCode, String ticketCode,
			boolean checkedIn, List<String> sessions, String level, String schoolName, String phone, String email,
			String nuptk, boolean walkIn, long educatorId) {
	}

	public record CommitteeView(long id, String name, CommitteeKind kind, String duty, String email, String phone,
			boolean hasAccount) {
	}

	public record SpeakerView(long id, String name, String topic, Long accountId) {
	}

	public record CertificateView(String number, String name, HolderRole role, long eventId, int hours,
			Instant issuedAt, Instant revokedAt) {
	}
}
