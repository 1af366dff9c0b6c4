package id.kombel.programmes;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.Views.ProgrammeView;
import id.kombel.programmes.Views.SessionView;
import id.kombel.regions.RegionLevel;
import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Role;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.programmes.programme.EventForm;

/**
 * Programmes and their local events. Balai staff of the programme's province (and
 * administrators) run a programme; a local committee member sees only their own event.
 */
@Service
@Transactional(readOnly = true)
public class Programmes {

	static final List<ProgrammeForm.SessionForm> DEFAULT_SESSIONS = List.of(
			new ProgrammeForm.SessionForm("PAGI", LocalTime.of(8, 0), LocalTime.of(12, 0), "Sesi pagi"),
			new ProgrammeForm.SessionForm("SIANG", LocalTime.of(13, 0), LocalTime.of(16, 30), "Sesi siang"));

	/** A programme as stored. */
	public record Programme(long id, String title, ProgrammeKind kind, String provinceCode, Integer targetParticipants,
			int hours, int minSessions, Timestamp createdAt) {
	}

	/** A local event as stored, with its programme's province for access checks. */
	public record Event(long id, long programmeId, String regencyCode, LocalDate heldOn, String venue, Integer capacity,
			String openingOfficial, String provinceCode, String programmeTitle) {
	}

	private final JdbcClient jdbc;

	private final Regions regions;

	private final Clock clock;

	Programmes(JdbcClient jdbc, Regions regions, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.clock = clock;
	}

	// --- access

	public static boolean isStaff(KombelUser user, String provinceCode) {
		return user != null && (user.isAdmin() || (user.has(Role.BALAI) && user.scope().coversRegion(provinceCode)));
	}

	/** May this account create and run programmes at all (to show the menu)? */
	public static boolean runsProgrammes(KombelUser user) {
		return user != null && (user.isAdmin() || user.has(Role.BALAI));
	}

	public Programme requireStaff(KombelUser user, long programmeId) {
		Programme p = programme(programmeId);
		if (!isStaff(user, p.provinceCode())) {
			throw new OutOfScopeException("programme " + programmeId);
		}
		return p;
	}

	public Event requireStaffOfEvent(KombelUser user, long eventId) {
		Event e = event(eventId);
		if (!isStaff(user, e.provinceCode())) {
			throw new OutOfScopeException("event " + eventId);
		}
		return e;
	}

	/** Staff of the programme or a member of the event's local committee. */
	public Event requireCommittee(KombelUser user, long eventId) {
		Event e = event(eventId);
		if (!isCommittee(user, e)) {
			throw new OutOfScopeException("event " + eventId);
		}
		return e;
	}

	public boolean isCommittee(KombelUser user, Event e) {
		// by account, or by e-mail for a member whose account was made after they joined the committee
		return isStaff(user, e.provinceCode()) || (user != null && jdbc.sql("""
				select count(*) from committee_member where event_id = :event
				and (account_id = :account or (account_id is null and email = :email))""")
			.param("event", e.id())
			.param("account", user.accountId())
			.param("email", user.email() == null ? "" : user.email().toLowerCase(java.util.Locale.ROOT))
			.query(Integer.class)
			.single() > 0);
	}

	public Programme programme(long id) {
		return jdbc.sql("select * from programme where id = :id")
			.param("id", id)
			.query(Programme.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("programme " + id));
	}

	public Event event(long id) {
		return jdbc.sql("""
				select e.id, e.programme_id, e.regency_code, e.held_on, e.venue, e.capacity, e.opening_official,
				       p.province_code, p.title as programme_title
				from programme_event e join programme p on p.id = e.programme_id where e.id = :id""")
			.param("id", id)
			.query(Event.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("event " + id));
	}

	public List<SessionView> sessions(long programmeId) {
		return jdbc.sql("select code, starts_at, ends_at, topic from programme_session where programme_id = :p order by position")
			.param("p", programmeId)
			.query(SessionView.class)
			.list();
	}

	// --- programmes

	@Transactional
	public ProgrammeView create(KombelUser user, ProgrammeForm form) {
		RegionView province = regions.find(form.provinceCode())
			.filter(r -> r.level() == RegionLevel.PROVINCE)
			.orElseThrow(() -> InvalidInputException.of("provinceCode", "events.province-unknown", form.provinceCode()));
		if (!isStaff(user, province.code())) {
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
		jdbc.sql("""
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
					insert into programme_session (programme_id, position, code, starts_at, ends_at, topic)
					values (:p, :pos, :code, :starts, :ends, :topic)""")
				.param("p", id)
				.param("pos", i)
				.param("code", s.code().toUpperCase(java.util.Locale.ROOT))
				.param("starts", Time.valueOf(s.startsAt()))
				.param("ends", Time.valueOf(s.endsAt()))
				.param("topic", s.topic().strip())
				.update();
		}
		return view(programme(id));
	}

	private static void checkSessions(List<ProgrammeForm.SessionForm> sessions) {
		Set<String> codes = new java.util.HashSet<>();
		for (int i = 0; i < sessions.size(); i++) {
			ProgrammeForm.SessionForm s = sessions.get(i);
			if (!s.endsAt().isAfter(s.startsAt())) {
				throw InvalidInputException.of("sessions[" + i + "].endsAt", "events.session-times");
			}
			if (!codes.add(s.code().toUpperCase(java.util.Locale.ROOT))) {
				throw InvalidInputException.of("sessions[" + i + "].code", "events.session-duplicate", s.code());
			}
		}
	}

	public ProgrammeView get(KombelUser user, long id) {
		return view(requireStaff(user, id));
	}

	/** The programmes this account runs, newest first. */
	public List<ProgrammeView> list(KombelUser user) {
		if (!runsProgrammes(user)) {
			return List.of();
		}
		return jdbc.sql("select * from programme order by created_at desc, id desc")
			.query(Programme.class)
			.list()
			.stream()
			.filter(p -> isStaff(user, p.provinceCode()))
			.map(this::view)
			.toList();
	}

	private ProgrammeView view(Programme p) {
		Map<String, Object> counts = jdbc.sql("""
				select (select count(*) from programme_event where programme_id = :p) as events,
				       (select count(*) from participant where programme_id = :p) as registered,
				       (select count(distinct c.participant_id) from event_check_in c join participant x on x.id = c.participant_id
				          where x.programme_id = :p) as attended""")
			.param("p", p.id())
			.query()
			.singleRow();
		return new ProgrammeView(p.id(), p.title(), p.kind(), p.provinceCode(), regions.nameOf(p.provinceCode()),
				p.targetParticipants(), p.hours(), p.minSessions(), sessions(p.id()), num(counts.get("events")),
				num(counts.get("registered")), num(counts.get("attended")), p.createdAt().toInstant());
	}

	static int num(Object value) {
		return value == null ? 0 : ((Number) value).intValue();
	}

	// --- local events

	/** Creates the local event of every regency of the province (or the chosen ones) not yet holding one. */
	@Transactional
	public List<EventView> createForEachRegency(KombelUser user, long programmeId, LocalDate date,
			List<String> regencyCodes) {
		Programme p = requireStaff(user, programmeId);
		checkDate(date);
		List<RegionView> regencies = regions.children(p.provinceCode());
		if (regencyCodes != null && !regencyCodes.isEmpty()) {
			if (regencyCodes.stream().anyMatch(java.util.Objects::isNull)) {
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
		return events(programmeId).stream().filter(e -> created.contains(e.id())).toList();
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
		requireStaff(user, programmeId);
		return events(programmeId);
	}

	public List<EventView> events(long programmeId) {
		return jdbc.sql("""
				select e.id, e.programme_id, p.title as programme_title, e.regency_code, e.held_on, e.venue, e.capacity,
				       e.opening_official,
				       (select count(*) from participant x where x.event_id = e.id) as registered,
				       (select count(distinct c.participant_id) from event_check_in c where c.event_id = e.id) as attended
				from programme_event e join programme p on p.id = e.programme_id
				where e.programme_id = :p order by e.regency_code""")
			.param("p", programmeId)
			.query((rs, n) -> eventView(rs))
			.list();
	}

	/** The events whose committee this account sits on (for committee members without a Balai role). */
	public List<EventView> eventsOfCommittee(KombelUser user) {
		if (user == null) {
			return List.of();
		}
		return jdbc.sql("""
				select e.id, e.programme_id, p.title as programme_title, e.regency_code, e.held_on, e.venue, e.capacity,
				       e.opening_official,
				       (select count(*) from participant x where x.event_id = e.id) as registered,
				       (select count(distinct c.participant_id) from event_check_in c where c.event_id = e.id) as attended
				from programme_event e join programme p on p.id = e.programme_id
				where e.id in (select event_id from committee_member where account_id = :a
				  or (account_id is null and email = :email)) order by e.held_on desc""")
			.param("a", user.accountId())
			.param("email", user.email() == null ? "" : user.email().toLowerCase(java.util.Locale.ROOT))
			.query((rs, n) -> eventView(rs))
			.list();
	}

	public EventView getEvent(KombelUser user, long eventId) {
		requireCommittee(user, eventId);
		return eventView(eventId);
	}

	public EventView eventView(long eventId) {
		return jdbc.sql("""
				select e.id, e.programme_id, p.title as programme_title, e.regency_code, e.held_on, e.venue, e.capacity,
				       e.opening_official,
				       (select count(*) from participant x where x.event_id = e.id) as registered,
				       (select count(distinct c.participant_id) from event_check_in c where c.event_id = e.id) as attended
				from programme_event e join programme p on p.id = e.programme_id where e.id = :id""")
			.param("id", eventId)
			.query((rs, n) -> eventView(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("event " + eventId));
	}

	private EventView eventView(java.sql.ResultSet rs) throws java.sql.SQLException {
		// wasNull() speaks of the column read last: ask it right after the capacity, not after the venue
		int capacity = rs.getInt("capacity");
		Integer capacityOrNull = rs.wasNull() ? null : capacity;
		return new EventView(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("programme_title"),
				rs.getString("regency_code"), regions.nameOf(rs.getString("regency_code")),
				rs.getDate("held_on").toLocalDate(), rs.getString("venue"), capacityOrNull,
				rs.getString("opening_official"), rs.getInt("registered"), rs.getInt("attended"));
	}

	/** Date, venue, capacity and opening official of one local event. */
	@Transactional
	public EventView updateEvent(KombelUser user, long eventId, EventForm form) {
		requireStaffOfEvent(user, eventId);
		checkDate(form.date());
		jdbc.sql("""
				update programme_event set held_on = :d, venue = :v, capacity = :c, opening_official = :o where id = :id""")
			.param("d", Date.valueOf(form.date()))
			.param("v", blankToNull(form.venue()))
			.param("c", form.capacity())
			.param("o", blankToNull(form.openingOfficial()))
			.param("id", eventId)
			.update();
		return eventView(eventId);
	}

	public String regionName(String code) {
		return regions.nameOf(code);
	}

	public static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
