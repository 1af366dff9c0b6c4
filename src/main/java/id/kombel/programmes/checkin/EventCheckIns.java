package id.kombel.programmes.checkin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.shared.cluster.LocalCaches;
import id.kombel.programmes.ProgrammeEvent;
import id.kombel.programmes.Views.SessionView;
import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.ticket.Tickets;

/**
 * Check-ins at the venue, one attendance per participant and session whichever phone
 * sends it first. Not transactional on purpose: each check-in is one insert guarded by a
 * unique key, so a queue replayed twice, or the same ticket scanned on two phones, still
 * makes one attendance.
 */
@Service
public class EventCheckIns implements MeterBinder {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/**
	 * The venue's clock. Sessions are agreed in local time, and Indonesia has three
	 * zones: WITA from Bali, Nusa Tenggara, South/East/North Kalimantan and Sulawesi, WIT
	 * in Maluku and Papua.
	 */
	public static ZoneId zoneOf(String provinceCode) {
		return id.kombel.shared.TimeZones.of(provinceCode);
	}

	/** What happened to one check-in. */
	public enum Status {

		CHECKED_IN, ALREADY_CHECKED_IN, REJECTED

	}

	/**
	 * The answer for one check-in; on ALREADY_CHECKED_IN, when and by which device the
	 * first one came.
	 */
	public record Answer(String key, String ticket, Status status, String reason, Long participantId, String name,
			String session, Instant checkedInAt, String device) {
	}

	/**
	 * One check-in as a phone sends it; {@code key} is the phone's own id for it,
	 * {@code at} when it was scanned.
	 */
	public record Request(String key, String ticket, String session, Instant at, String device) {
	}

	private record Gate(ProgrammeEvent event, List<SessionView> sessions) {
	}

	private record Access(long accountId, long eventId) {
	}

	/**
	 * Topic of an event's date, venue or sessions (key: event id): its gate is read again
	 * on every node.
	 */
	public static final String GATES = "event-gates";

	/**
	 * Topic of a committee that lost a member (key: event id): remembered yeses go on
	 * every node.
	 */
	public static final String ACCESS = "event-access";

	private final Cache<Long, Gate> gates = LocalCaches.of(2_000, Duration.ofMinutes(1));

	private final Cache<Access, Boolean> allowed = LocalCaches.of(20_000, Duration.ofMinutes(1));

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	private final ParticipantCache participants;

	private final Tickets tickets;

	private final MessageSource messages;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	EventCheckIns(JdbcClient jdbc, ProgrammeQueries queries, ProgrammePolicy policy, ParticipantCache participants,
			Tickets tickets, MessageSource messages, Clock clock,
			org.springframework.context.ApplicationEventPublisher events, CacheInvalidation invalidation) {
		this.events = events;
		invalidation.register(GATES, key -> {
			if (CacheInvalidation.ALL.equals(key)) {
				gates.invalidateAll();
			}
			else {
				gates.invalidate(Long.valueOf(key));
			}
		});
		invalidation.register(ACCESS, key -> {
			if (CacheInvalidation.ALL.equals(key)) {
				allowed.invalidateAll();
			}
			else {
				long event = Long.parseLong(key);
				allowed.asMap().keySet().removeIf(a -> a.eventId() == event);
			}
		});
		this.jdbc = jdbc;
		this.queries = queries;
		this.policy = policy;
		this.participants = participants;
		this.tickets = tickets;
		this.messages = messages;
		this.clock = clock;
	}

	/** One check-in; bad input is a 400 problem. */
	public Answer checkIn(KombelUser user, long eventId, Request request, Locale locale) {
		Gate gate = open(user, eventId);
		Answer answer = CheckInMetrics.counted(one(user, gate, request, locale));
		if (answer.status() == Status.REJECTED) {
			throw InvalidInputException.of("ticket", "events.check-in.rejected", answer.reason());
		}
		return answer;
	}

	/** Queued check-ins from a phone that was offline: every item gets its own answer. */
	public List<Answer> checkInAll(KombelUser user, long eventId, List<Request> requests, Locale locale) {
		Gate gate = open(user, eventId);
		List<Answer> answers = new ArrayList<>(requests.size());
		for (Request r : requests) {
			answers.add(CheckInMetrics.counted(one(user, gate, r, locale)));
		}
		return answers;
	}

	private Gate open(KombelUser user, long eventId) {
		Gate gate = gates.get(eventId, id -> {
			ProgrammeEvent e = queries.event(id);
			return new Gate(e, queries.sessions(e.programmeId()));
		});
		// only a yes is remembered: someone refused a moment ago may have just been added
		// to the committee
		Access access = new Access(user.accountId(), eventId);
		if (allowed.getIfPresent(access) == null) {
			if (!policy.may(user, ProgrammeAction.CHECK_IN, gate.event())) {
				throw new id.kombel.shared.access.OutOfScopeException("event " + eventId);
			}
			allowed.put(access, Boolean.TRUE);
		}
		return gate;
	}

	private Answer one(KombelUser user, Gate gate, Request r, Locale locale) {
		String key = r == null ? null : r.key();
		String ticket = r == null ? null : r.ticket();
		Optional<SessionView> session = session(gate, r == null ? null : r.session());
		if (session.isEmpty()) {
			return rejected(key, ticket, locale, "events.check-in.session-unknown", r == null ? "" : r.session());
		}
		String code;
		switch (tickets.read(ticket)) {
			case Tickets.Code c -> code = c.code();
			case Tickets.Forged f -> {
				return rejected(key, ticket, locale, "events.check-in.forged");
			}
			default -> {
				return rejected(key, ticket, locale, "events.check-in.unreadable");
			}
		}
		ParticipantCache.Entry p = participants.tickets(gate.event().id()).get(code);
		if (p == null) {
			record Where(long eventId, String regencyCode) {
			}
			Optional<Where> where = jdbc.sql("""
					select x.event_id, e.regency_code from participant x join programme_event e on e.id = x.event_id
					where x.ticket_code = :c""").param("c", code).query(Where.class).optional();
			if (where.isEmpty()) {
				return rejected(key, ticket, locale, "events.check-in.unknown", Tickets.display(code));
			}
			if (where.get().eventId() != gate.event().id()) {
				return rejected(key, ticket, locale, "events.check-in.other-event",
						queries.regionName(where.get().regencyCode()));
			}
			// added since this node loaded the event's tickets (a walk-in registered
			// through another node)
			participants.evict(gate.event().id());
			p = participants.tickets(gate.event().id()).get(code);
		}
		Instant now = clock.instant();
		Instant at = r.at() == null || r.at().isAfter(now) || r.at().isBefore(now.minus(Duration.ofDays(3))) ? now
				: r.at();
		String device = r.device() == null ? null
				: r.device().strip().substring(0, Math.min(60, r.device().strip().length()));
		String sessionCode = session.get().code();
		try {
			jdbc.sql(
					"""
							insert into event_check_in (event_id, participant_id, session_code, checked_in_at, device, checked_in_by)
							values (:e, :p, :s, :at, :d, :by)""")
				.param("e", gate.event().id())
				.param("p", p.id())
				.param("s", sessionCode)
				.param("at", Timestamp.from(at))
				.param("d", device)
				.param("by", user.accountId())
				.update();
			events.publishEvent(new id.kombel.shared.events.ProgrammeAttendance(gate.event().id(), p.id()));
			return new Answer(key, ticket, Status.CHECKED_IN, null, p.id(), p.name(), sessionCode, at, device);
		}
		catch (DuplicateKeyException already) {
			record First(Timestamp checkedInAt, String device) {
			}
			First first = jdbc.sql("""
					select checked_in_at, device from event_check_in where participant_id = :p and session_code = :s""")
				.param("p", p.id())
				.param("s", sessionCode)
				.query(First.class)
				.single();
			return new Answer(key, ticket, Status.ALREADY_CHECKED_IN, null, p.id(), p.name(), sessionCode,
					first.checkedInAt().toInstant(), first.device());
		}
	}

	/**
	 * The session asked for, or the one under way now (the first before it starts, the
	 * last after).
	 */
	private Optional<SessionView> session(Gate gate, String asked) {
		List<SessionView> sessions = gate.sessions();
		if (asked != null && !asked.isBlank()) {
			return sessions.stream().filter(s -> s.code().equalsIgnoreCase(asked.strip())).findFirst();
		}
		LocalTime now = LocalTime.now(clock.withZone(zoneOf(gate.event().provinceCode())));
		SessionView current = sessions.get(0);
		for (SessionView s : sessions) {
			if (!now.isBefore(s.startsAt().minusMinutes(30))) {
				current = s;
			}
		}
		return Optional.of(current);
	}

	private Answer rejected(String key, String ticket, Locale locale, String reasonKey, Object... args) {
		return new Answer(key, ticket, Status.REJECTED, messages.getMessage(reasonKey, args, locale), null, null, null,
				null, null);
	}

	/** Checked-in sessions per participant of the event. */
	public Map<Long, List<String>> sessionsByParticipant(long eventId) {
		Map<Long, List<String>> map = new java.util.HashMap<>();
		jdbc.sql("select participant_id, session_code from event_check_in where event_id = :e order by checked_in_at")
			.param("e", eventId)
			.query((rs, n) -> map.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		return map;
	}

	/**
	 * Participants were added to the event: its tickets are read again at its next
	 * check-in.
	 */
	public void participantsChanged(long eventId) {
		participants.evict(eventId);
		events.publishEvent(new id.kombel.shared.events.ProgrammeAttendance(eventId, null));
	}

	@Override
	public void bindTo(io.micrometer.core.instrument.MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of(GATES, gates, ACCESS, allowed));
	}

}
