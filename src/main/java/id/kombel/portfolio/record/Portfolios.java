package id.kombel.portfolio.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.kombel.activities.ActivityRecords;
import id.kombel.activities.ActivityRole;
import id.kombel.communities.CommunityRecords;
import id.kombel.communities.Communities;
import id.kombel.communities.MemberRole;
import id.kombel.knowledge.KnowledgeRecords;
import id.kombel.people.EducatorView;
import id.kombel.people.People;
import id.kombel.portfolio.evidence.EvidenceStore;
import id.kombel.programmes.ProgrammeRecords;
import id.kombel.schools.Schools;

/**
 * Builds an educator's record for a period from the other modules' facades. Who may see
 * whose record is decided before ({@link PortfolioAccess}); this only reads.
 */
@Service
public class Portfolios {

	/** A lesson hour (JP) in Indonesian training is 45 minutes. */
	private static final long JP_MINUTES = 45;

	private final ActivityRecords activities;

	private final CommunityRecords memberships;

	private final Communities communities;

	private final KnowledgeRecords knowledge;

	private final ProgrammeRecords programmes;

	private final People people;

	private final Schools schools;

	private final EvidenceStore evidence;

	private final PortfolioSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	Portfolios(ActivityRecords activities, CommunityRecords memberships, Communities communities,
			KnowledgeRecords knowledge, ProgrammeRecords programmes, People people, Schools schools,
			EvidenceStore evidence, PortfolioSettings settings, MessageSource messages, Clock clock) {
		this.activities = activities;
		this.memberships = memberships;
		this.communities = communities;
		this.knowledge = knowledge;
		this.programmes = programmes;
		this.people = people;
		this.schools = schools;
		this.evidence = evidence;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(Period.WIB));
	}

	/**
	 * The record of the subject for the period; {@code baseUrl} makes verification links.
	 */
	public PortfolioRecord build(Subject who, Period period, String baseUrl, Locale locale) {
		Instant from = period.start();
		Instant to = period.end();
		Map<Long, String> names = new HashMap<>();
		List<PortfolioRecord.Membership> held = new ArrayList<>();
		List<PortfolioRecord.Activity> attended = new ArrayList<>();
		List<PortfolioRecord.Task> tasks = new ArrayList<>();
		List<PortfolioRecord.Activity> sessions = new ArrayList<>();
		List<PortfolioRecord.Practice> practices = new ArrayList<>();
		List<PortfolioRecord.Answer> answers = new ArrayList<>();
		List<PortfolioRecord.Material> materials = new ArrayList<>();
		List<PortfolioRecord.Certificate> certificates = new ArrayList<>();
		if (who.accountId() != null) {
			long acc = who.accountId();
			List<CommunityRecords.Held> roles = memberships.memberships(acc);
			roles.forEach(m -> names.put(m.communityId(), m.communityName()));
			roles.forEach(m -> held.add(
					new PortfolioRecord.Membership(m.communityId(), m.communityName(), m.role().name(), m.joinedAt())));
			activities.attended(acc, from, to)
				.forEach(a -> attended
					.add(new PortfolioRecord.Activity(a.activityId(), a.title(), name(names, a.communityId()),
							a.role().name(), day(a.startsAt()), hours(a.startsAt(), a.endsAt()))));
			activities.tasks(acc, from, to)
				.forEach(t -> tasks.add(new PortfolioRecord.Task(t.activityId(), t.activityTitle(), t.kind().name(),
						t.label(), day(t.startsAt()))));
			// a good-practice session is a discussion activity of a community the
			// educator
			// facilitates or speaks in
			Set<Long> leading = new java.util.HashSet<>();
			roles.stream()
				.filter(m -> m.role() == MemberRole.FACILITATOR || m.role() == MemberRole.SPEAKER)
				.forEach(m -> leading.add(m.communityId()));
			activities.held(leading, ActivityRole.DISCUSSION, from, to, clock.instant())
				.forEach(a -> sessions
					.add(new PortfolioRecord.Activity(a.activityId(), a.title(), name(names, a.communityId()),
							a.role().name(), day(a.startsAt()), hours(a.startsAt(), a.endsAt()))));
			knowledge.practices(acc, from, to)
				.forEach(p -> practices.add(new PortfolioRecord.Practice(p.id(), p.title(), day(p.sharedAt()),
						p.endorsements(), p.trials())));
			knowledge.acceptedAnswers(acc, from, to)
				.forEach(a -> answers.add(new PortfolioRecord.Answer(a.answerId(), a.questionId(), a.questionTitle(),
						day(a.acceptedAt()))));
			knowledge.materials(acc, from, to)
				.forEach(m -> materials.add(new PortfolioRecord.Material(m.id(), m.title(), m.kind().name(),
						day(m.publishedAt()), m.downloads())));
			activities.certificates(acc, from, to)
				.forEach(c -> certificates.add(new PortfolioRecord.Certificate(c.number(), c.activityTitle(),
						name(names, c.communityId()), null, day(c.startsAt()), day(c.issuedAt()),
						(int) (Duration.between(c.startsAt(), c.endsAt()).toMinutes() / JP_MINUTES),
						baseUrl + "/certificates/" + c.number(), false, "ACTIVITY")));
		}
		List<PortfolioRecord.ProgrammeEvent> events = programmes
			.events(who.educatorId(), who.accountId(), period.from(), period.to())
			.stream()
			.map(e -> new PortfolioRecord.ProgrammeEvent(e.eventId(), e.programmeTitle(), e.kind().name(),
					e.regencyName(), e.heldOn(), e.role(), e.attended(), e.hours()))
			.toList();
		programmes.certificates(who.educatorId(), who.accountId(), period.from(), period.to())
			.forEach(c -> certificates.add(new PortfolioRecord.Certificate(c.number(), c.programmeTitle(),
					c.regencyName(), c.role(), c.heldOn(), day(c.issuedAt()), c.hours(),
					baseUrl + "/certificates/" + c.number(), c.revoked(), "PROGRAMME")));
		certificates.sort(Comparator.comparing(PortfolioRecord.Certificate::heldOn)
			.thenComparing(PortfolioRecord.Certificate::number));
		List<PortfolioRecord.Evidence> declared = who.accountId() == null ? List.of()
				: evidence.of(who.accountId(), period);
		int hours = certificates.stream().filter(c -> !c.revoked()).mapToInt(PortfolioRecord.Certificate::hours).sum()
				+ declared.stream().mapToInt(PortfolioRecord.Evidence::hours).sum();
		PortfolioRecord.Totals totals = new PortfolioRecord.Totals(held.size(), attended.size(), tasks.size(),
				sessions.size(), practices.size(), answers.size(), materials.size(), events.size(), certificates.size(),
				declared.size(), hours);
		List<PortfolioRecord.RuleProgress> rules = settings.rules()
			.stream()
			.map(r -> new PortfolioRecord.RuleProgress(r.label(locale), r.counts(), totals.count(r.counts()),
					r.target(), totals.count(r.counts()) >= r.target()))
			.toList();
		return new PortfolioRecord(owner(who), period.from(), period.to(), held, attended, tasks, sessions, practices,
				answers, materials, events, certificates, declared, totals, rules);
	}

	private PortfolioRecord.Owner owner(Subject who) {
		EducatorView e = who.educatorId() == null ? null : people.find(who.educatorId()).orElse(null);
		if (e == null) {
			return new PortfolioRecord.Owner(null, who.displayName(), null, null, null, who.email());
		}
		String school = e.schoolId() == null ? null : schools.find(e.schoolId()).map(s -> s.name()).orElse(null);
		return new PortfolioRecord.Owner(e.id(), e.name(), e.nuptk(), e.nip(), school,
				who.email() != null ? who.email() : e.email());
	}

	private String name(Map<Long, String> names, long communityId) {
		return names.computeIfAbsent(communityId, communities::nameOf);
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, Period.WIB);
	}

	private static double hours(Instant start, Instant end) {
		return Math.round(Duration.between(start, end).toMinutes() / 6.0) / 10.0;
	}

}
