package id.kombel.programmes.roster;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.programmes.ProgrammeEvent;
import id.kombel.people.RosterPerson;
import id.kombel.people.Rosters;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.validation.Identifiers;
import id.kombel.shared.web.ConflictException;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.ticket.Tickets;

/**
 * The participants of a local event: the list the committee works from, walk-ins, and
 * tickets.
 */
@Service
@Transactional(readOnly = true)
public class Participants {

	/** A person who arrives without being registered. */
	public record WalkIn(String name, String nuptk, String email, String phone, String level, String schoolName) {
	}

	/** What a ticket shows its holder, without an account. */
	public record Ticket(String code, String display, String name, String programmeTitle, String regencyName,
			java.time.LocalDate date, String venue, String phone, String email, long eventId, List<String> sessions,
			String certificateNumber) {
	}

	private record Row(long id, long eventId, String name, String regencyCode, String ticketCode, String level,
			String schoolName, String phone, String email, String nuptk, boolean walkIn, long educatorId, String nip) {
	}

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	private final EventCheckIns checkIns;

	private final Rosters rosters;

	private final Clock clock;

	Participants(JdbcClient jdbc, ProgrammeQueries queries, ProgrammePolicy policy, EventCheckIns checkIns,
			Rosters rosters, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.policy = policy;
		this.checkIns = checkIns;
		this.rosters = rosters;
		this.clock = clock;
	}

	/**
	 * The event's participants by name, each with the sessions they were checked in to.
	 */
	public List<Participant> list(KombelUser user, long eventId) {
		policy.require(user, ProgrammeAction.SEE, eventId);
		return list(eventId);
	}

	public List<Participant> list(long eventId) {
		Map<Long, List<String>> sessions = checkIns.sessionsByParticipant(eventId);
		return jdbc.sql("""
				select id, event_id, name, regency_code, ticket_code, level, school_name, phone, email, nuptk, walk_in,
				       educator_id, nip
				from participant where event_id = :e order by lower(name), id""")
			.param("e", eventId)
			.query(Row.class)
			.list()
			.stream()
			.map(r -> {
				List<String> s = sessions.getOrDefault(r.id(), List.of());
				return new Participant(r.id(), r.eventId(), r.name(), r.regencyCode(), r.ticketCode(), !s.isEmpty(), s,
						r.level(), r.schoolName(), r.phone(), r.email(), r.nuptk(), r.walkIn(), r.educatorId(),
						r.nip());
			})
			.toList();
	}

	/**
	 * Registers someone at the door (committee); their ticket can be checked in at once.
	 */
	@Transactional
	public Participant addWalkIn(KombelUser user, long eventId, WalkIn walkIn) {
		ProgrammeEvent e = policy.require(user, ProgrammeAction.SEE, eventId);
		if (walkIn == null || walkIn.name() == null || walkIn.name().isBlank()) {
			throw InvalidInputException.of("name", "validation.required");
		}
		if (walkIn.name().strip().length() > 200) {
			throw InvalidInputException.of("name", "validation.too-long");
		}
		if (!blank(walkIn.schoolName()) && walkIn.schoolName().strip().length() > 200) {
			throw InvalidInputException.of("schoolName", "validation.too-long");
		}
		String nuptk = blank(walkIn.nuptk()) ? null : RosterCells.digits(walkIn.nuptk());
		if (nuptk != null && Identifiers.checkNuptk(nuptk).isPresent()) {
			throw InvalidInputException.of("nuptk", "validation.nuptk");
		}
		String email = blank(walkIn.email()) ? null : walkIn.email().strip().toLowerCase(Locale.ROOT);
		if (email != null && Identifiers.checkEmail(email).isPresent()) {
			throw InvalidInputException.of("email", "validation.email");
		}
		String phone = blank(walkIn.phone()) ? null : RosterCells.phone(walkIn.phone());
		if (!blank(walkIn.phone()) && phone == null) {
			throw InvalidInputException.of("phone", "validation.phone", walkIn.phone());
		}
		RosterPerson.Link link = rosters
			.findOrCreate(List.of(new RosterPerson(walkIn.name().strip(), nuptk, null, email, phone, null)))
			.get(0);
		Optional<Long> registered = jdbc
			.sql("select event_id from participant where programme_id = :p and educator_id = :ed")
			.param("p", e.programmeId())
			.param("ed", link.educatorId())
			.query(Long.class)
			.optional();
		if (registered.isPresent()) {
			throw new ConflictException("name", "events.walk-in.registered");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						insert into participant (programme_id, event_id, regency_code, educator_id, name, nuptk, email, phone, level,
						  school_name, community, ticket_code, walk_in, registered_at)
						values (:p, :e, :r, :ed, :n, :nuptk, :email, :phone, :level, :school, null, :code, true, :at)""")
			.param("p", e.programmeId())
			.param("e", e.id())
			.param("r", e.regencyCode())
			.param("ed", link.educatorId())
			.param("n", walkIn.name().strip())
			.param("nuptk", nuptk)
			.param("email", email)
			.param("phone", phone)
			.param("level", Level.parse(walkIn.level()).map(Level::name).orElse(null))
			.param("school", blank(walkIn.schoolName()) ? null : walkIn.schoolName().strip())
			.param("code", Tickets.newCode())
			.param("at", Timestamp.from(clock.instant()))
			.update(key, "id");
		checkIns.participantsChanged(eventId);
		long id = key.getKey().longValue();
		return list(eventId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	/** Anyone holding the code sees the ticket: it is the invitation. */
	public Ticket ticket(String typed) {
		String code = Tickets.normalise(typed).orElseThrow(() -> new NotFoundException("ticket"));
		record T(long id, long eventId, String name, String phone, String email, String title, String regencyCode,
				java.time.LocalDate heldOn, String venue) {
		}
		T t = jdbc.sql("""
				select x.id, x.event_id, x.name, x.phone, x.email, p.title, e.regency_code, e.held_on, e.venue
				from participant x join programme_event e on e.id = x.event_id join programme p on p.id = x.programme_id
				where x.ticket_code = :c""")
			.param("c", code)
			.query(T.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("ticket"));
		List<String> sessions = jdbc
			.sql("select session_code from event_check_in where participant_id = :p order by checked_in_at")
			.param("p", t.id())
			.query(String.class)
			.list();
		Optional<String> certificate = jdbc
			.sql("""
					select number from event_certificate where event_id = :e and holder_role = 'PARTICIPANT' and holder_id = :p
					and revoked_at is null""")
			.param("e", t.eventId())
			.param("p", t.id())
			.query(String.class)
			.optional();
		return new Ticket(code, Tickets.display(code), t.name(), t.title(), queries.regionName(t.regencyCode()),
				t.heldOn(), t.venue(), t.phone(), t.email(), t.eventId(), sessions, certificate.orElse(null));
	}

	/**
	 * A phone number as committees type it ("0812... / 0813..." takes the first), as
	 * +62..., or null if it is none.
	 */
	public static String phone(String typed) {
		return RosterCells.phone(typed);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
