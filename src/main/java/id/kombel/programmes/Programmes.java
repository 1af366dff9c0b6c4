package id.kombel.programmes;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.programmes.Views.ProgrammeView;
import id.kombel.regions.RegionLevel;
import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.web.InvalidInputException;

/**
 * Programmes and their local events: created and adjusted by Balai staff of the
 * programme's province (and administrators), seen by them and, for their own event only,
 * by a local committee member. Who may do what: {@link ProgrammePolicy}; reading without
 * checks: {@link ProgrammeQueries}.
 */
@Service
@Transactional(readOnly = true)
public class Programmes {

	static final List<ProgrammeForm.SessionForm> DEFAULT_SESSIONS = List.of(
			new ProgrammeForm.SessionForm("PAGI", LocalTime.of(8, 0), LocalTime.of(12, 0), "Sesi pagi", 1),
			new ProgrammeForm.SessionForm("SIANG", LocalTime.of(13, 0), LocalTime.of(16, 30), "Sesi siang", 1));

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	private final Regions regions;

	private final Clock clock;

	private final CacheInvalidation invalidation;

	Programmes(JdbcClient jdbc, ProgrammeQueries queries, ProgrammePolicy policy, Regions regions, Clock clock,
			CacheInvalidation invalidation) {
		this.invalidation = invalidation;
		this.jdbc = jdbc;
		this.queries = queries;
		this.policy = policy;
		this.regions = regions;
		this.clock = clock;
	}

	// --- programmes

	@Transactional
	public ProgrammeView create(KombelUser user, ProgrammeForm form) {
		RegionView province = regions.find(form.provinceCode())
			.filter(r -> r.level() == RegionLevel.PROVINCE)
			.orElseThrow(
					() -> InvalidInputException.of("provinceCode", "events.province-unknown", form.provinceCode()));
		if (!policy.runsIn(user, province.code())) {
			throw new OutOfScopeException("province " + province.code());
		}
		List<ProgrammeForm.SessionForm> sessions = form.sessions() == null || form.sessions().isEmpty()
				? DEFAULT_SESSIONS : form.sessions();
		checkSessions(sessions);
		int minSessions = form.minSessions() == null ? sessions.size() : form.minSessions();
		if (minSessions > sessions.size()) {
			throw InvalidInputException.of("minSessions", "events.min-sessions", sessions.size());
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into programme (title, kind, province_code, target_participants, hours, min_sessions, created_by, created_at)
						values (:title, :kind, :province, :target, :hours, :min, :by, :at)""")
			.param("title", form.title().strip())
			.param("kind", form.kind().name())
			.param("province", province.code())
			.param("target", form.targetParticipants())
			.param("hours", form.hours())
			.param("min", minSessions)
			.param("by", user.accountId())
			.param("at", Timestamp.from(clock.instant()))
			.update(key, "id");
		long id = key.getKey().longValue();
		for (int i = 0; i < sessions.size(); i++) {
			ProgrammeForm.SessionForm s = sessions.get(i);
			jdbc.sql("""
					insert into programme_session (programme_id, position, code, starts_at, ends_at, topic, event_day)
					values (:p, :pos, :code, :starts, :ends, :topic, :day)""")
				.param("day", s.dayOrFirst())
				.param("p", id)
				.param("pos", i)
				.param("code", s.code().toUpperCase(Locale.ROOT))
				.param("starts", Time.valueOf(s.startsAt()))
				.param("ends", Time.valueOf(s.endsAt()))
				.param("topic", s.topic().strip())
				.update();
		}
		return queries.view(queries.programme(id));
	}

	private static void checkSessions(List<ProgrammeForm.SessionForm> sessions) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < sessions.size(); i++) {
			ProgrammeForm.SessionForm s = sessions.get(i);
			if (!s.endsAt().isAfter(s.startsAt())) {
				throw InvalidInputException.of("sessions[" + i + "].endsAt", "events.session-times");
			}
			if (!codes.add(s.code().toUpperCase(Locale.ROOT))) {
				throw InvalidInputException.of("sessions[" + i + "].code", "events.session-duplicate", s.code());
			}
		}
	}

	public ProgrammeView get(KombelUser user, long id) {
		return queries.view(policy.requireStaff(user, id));
	}

	/** The programmes this account runs, newest first. */
	public List<ProgrammeView> list(KombelUser user) {
		if (!policy.runsProgrammes(user)) {
			return List.of();
		}
		return queries.programmes()
			.stream()
			.filter(p -> policy.runsIn(user, p.provinceCode()))
			.map(queries::view)
			.toList();
	}

	// --- local events

	/**
	 * Creates the local event of every regency of the province (or the chosen ones) not
	 * yet holding one.
	 */
	@Transactional
	public List<EventView> createForEachRegency(KombelUser user, long programmeId, LocalDate date,
			List<String> regencyCodes) {
		Programme p = policy.requireStaff(user, programmeId);
		checkDate(date);
		List<RegionView> regencies = regions.children(p.provinceCode());
		if (regencyCodes != null && !regencyCodes.isEmpty()) {
			if (regencyCodes.stream().anyMatch(Objects::isNull)) {
				throw InvalidInputException.of("regencyCodes", "validation.required");
			}
			Set<String> wanted = regencyCodes.stream().map(String::strip).collect(Collectors.toSet());
			Set<String> known = regencies.stream().map(RegionView::code).collect(Collectors.toSet());
			wanted.stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
				throw InvalidInputException.of("regencyCodes", "events.regency-not-in-province", code);
			});
			regencies = regencies.stream().filter(r -> wanted.contains(r.code())).toList();
		}
		Set<String> existing = Set.copyOf(jdbc.sql("select regency_code from programme_event where programme_id = :p")
			.param("p", programmeId)
			.query(String.class)
			.list());
		List<Long> created = new ArrayList<>();
		for (RegionView regency : regencies) {
			if (existing.contains(regency.code())) {
				continue;
			}
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			jdbc.sql("insert into programme_event (programme_id, regency_code, held_on) values (:p, :r, :d)")
				.param("p", programmeId)
				.param("r", regency.code())
				.param("d", Date.valueOf(date))
				.update(key, "id");
			created.add(key.getKey().longValue());
		}
		return queries.events(programmeId).stream().filter(e -> created.contains(e.id())).toList();
	}

	private static void checkDate(LocalDate date) {
		if (date == null) {
			throw InvalidInputException.of("date", "validation.required");
		}
		if (date.getYear() < 2000 || date.getYear() > 2100) {
			throw InvalidInputException.of("date", "events.date-range");
		}
	}

	public List<EventView> events(KombelUser user, long programmeId) {
		policy.requireStaff(user, programmeId);
		return queries.events(programmeId);
	}

	/**
	 * The events whose committee this account sits on (for committee members without a
	 * Balai role).
	 */
	public List<EventView> eventsOfCommittee(KombelUser user) {
		return user == null ? List.of() : queries.eventsOfCommittee(user.accountId(), user.email());
	}

	public EventView getEvent(KombelUser user, long eventId) {
		policy.require(user, ProgrammeAction.SEE, eventId);
		return queries.eventView(eventId);
	}

	/** Date, venue, capacity and opening official of one local event. */
	@Transactional
	public EventView updateEvent(KombelUser user, long eventId, LocalDate date, String venue, Integer capacity,
			String openingOfficial) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		checkDate(date);
		jdbc.sql(
				"""
						update programme_event set held_on = :d, venue = :v, capacity = :c, opening_official = :o where id = :id""")
			.param("d", Date.valueOf(date))
			.param("v", blankToNull(venue))
			.param("c", capacity)
			.param("o", blankToNull(openingOfficial))
			.param("id", eventId)
			.update();
		// the venue's check-in reads the new date on every node
		invalidation.invalidate(EventCheckIns.GATES, eventId);
		return queries.eventView(eventId);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
