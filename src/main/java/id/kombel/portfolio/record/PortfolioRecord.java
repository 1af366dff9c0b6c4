package id.kombel.portfolio.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One educator's record for a period, built from what happened in Kombel plus the
 * evidence they declared themselves. The JSON of {@code GET /api/v1/portfolio}.
 */
public record PortfolioRecord(Owner owner, LocalDate from, LocalDate to, List<Membership> memberships,
		List<Activity> activities, List<Task> tasks, List<Activity> sessionsHeld, List<Practice> practices,
		List<Answer> answers, List<Material> materials, List<ProgrammeEvent> programmeEvents,
		List<Certificate> certificates, List<Evidence> evidence, Totals totals, List<RuleProgress> rules) {

	public record Owner(Long educatorId, String name, String nuptk, String nip, String school, String email) {
	}

	public record Membership(long communityId, String community, String role, Instant joinedAt) {
	}

	/** {@code hours}: clock hours from start to end. */
	public record Activity(long id, String title, String community, String role, LocalDate date, double hours) {
	}

	public record Task(long activityId, String activity, String kind, String label, LocalDate date) {
	}

	public record Practice(long id, String title, LocalDate sharedOn, int endorsements, int trials) {
	}

	public record Answer(long id, long questionId, String question, LocalDate acceptedOn) {
	}

	public record Material(long id, String title, String kind, LocalDate publishedOn, long downloads) {
	}

	public record ProgrammeEvent(long eventId, String programme, String kind, String regency, LocalDate date,
			String role, boolean attended, int hours) {
	}

	/**
	 * @param hours training hours (JP); an activity's are its length in 45-minute lessons
	 * @param source ACTIVITY ({@code KB-}) or PROGRAMME ({@code BT-})
	 */
	public record Certificate(String number, String title, String issuedBy, String role, LocalDate heldOn,
			LocalDate issuedOn, int hours, String url, boolean revoked, String source) {
	}

	/** Uploaded by the educator: self-declared, not verified by Kombel. */
	public record Evidence(long id, String title, String organiser, LocalDate date, int hours, String contentType,
			long sizeBytes, boolean selfDeclared, String url) {
	}

	/** {@code hours}: JP of valid certificates plus self-declared evidence. */
	public record Totals(int memberships, int activities, int tasks, int sessionsHeld, int practices, int answers,
			int materials, int programmeEvents, int certificates, int evidence, int hours) {

		/** The count a rule names (e.g. {@code sessionsHeld}); unknown names count 0. */
		public int count(String kind) {
			return switch (kind) {
				case "memberships" -> memberships;
				case "activities" -> activities;
				case "tasks" -> tasks;
				case "sessionsHeld" -> sessionsHeld;
				case "practices" -> practices;
				case "answers" -> answers;
				case "materials" -> materials;
				case "programmeEvents" -> programmeEvents;
				case "certificates" -> certificates;
				case "evidence" -> evidence;
				case "hours" -> hours;
				default -> 0;
			};
		}

	}

	public record RuleProgress(String label, String counts, int count, int target, boolean met) {
	}

}
