package id.kombel.programmes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.Views.ProgrammeView;
import id.kombel.programmes.Views.SessionView;
import id.kombel.regions.Regions;
import id.kombel.shared.web.NotFoundException;

/**
 * Programmes and events as stored, and as shown with their counts. No access checks here:
 * callers ask {@link ProgrammePolicy} first.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeQueries {

	private static final String EVENT_VIEW = """
			select e.id, e.programme_id, p.title as programme_title, e.regency_code, e.held_on, e.venue, e.capacity,
			       e.opening_official,
			       (select count(*) from participant x where x.event_id = e.id) as registered,
			       (select count(distinct c.participant_id) from event_check_in c where c.event_id = e.id) as attended
			from programme_event e join programme p on p.id = e.programme_id
			""";

	private final JdbcClient jdbc;

	private final Regions regions;

	ProgrammeQueries(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	public Programme programme(long id) {
		return jdbc.sql("select * from programme where id = :id")
			.param("id", id)
			.query(Programme.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("programme " + id));
	}

	/** Every programme, newest first. */
	List<Programme> programmes() {
		return jdbc.sql("select * from programme order by created_at desc, id desc").query(Programme.class).list();
	}

	public ProgrammeEvent event(long id) {
		return jdbc.sql("""
				select e.id, e.programme_id, e.regency_code, e.held_on, e.venue, e.capacity, e.opening_official,
				       p.province_code, p.title as programme_title
				from programme_event e join programme p on p.id = e.programme_id where e.id = :id""")
			.param("id", id)
			.query(ProgrammeEvent.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("event " + id));
	}

	public List<SessionView> sessions(long programmeId) {
		return jdbc.sql(
				"select code, starts_at, ends_at, topic, event_day as \"day\" from programme_session where programme_id = :p order by event_day, position")
			.param("p", programmeId)
			.query(SessionView.class)
			.list();
	}

	ProgrammeView view(Programme p) {
		Map<String, Object> counts = jdbc
			.sql("""
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

	private static int num(Object value) {
		return value == null ? 0 : ((Number) value).intValue();
	}

	/** The programme's events by regency code. */
	public List<EventView> events(long programmeId) {
		return jdbc.sql(EVENT_VIEW + "where e.programme_id = :p order by e.regency_code")
			.param("p", programmeId)
			.query((rs, n) -> eventView(rs))
			.list();
	}

	/**
	 * The events whose committee the account sits on (by account, or by e-mail before it
	 * was linked), latest first.
	 */
	List<EventView> eventsOfCommittee(long accountId, String email) {
		return jdbc.sql(EVENT_VIEW + """
				where e.id in (select event_id from committee_member where account_id = :a
				  or (account_id is null and email = :email)) order by e.held_on desc""")
			.param("a", accountId)
			.param("email", email == null ? "" : email.toLowerCase(Locale.ROOT))
			.query((rs, n) -> eventView(rs))
			.list();
	}

	public EventView eventView(long eventId) {
		return jdbc.sql(EVENT_VIEW + "where e.id = :id")
			.param("id", eventId)
			.query((rs, n) -> eventView(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("event " + eventId));
	}

	private EventView eventView(ResultSet rs) throws SQLException {
		// wasNull() speaks of the column read last: ask it right after the capacity, not
		// after the venue
		int capacity = rs.getInt("capacity");
		Integer capacityOrNull = rs.wasNull() ? null : capacity;
		return new EventView(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("programme_title"),
				rs.getString("regency_code"), regions.nameOf(rs.getString("regency_code")),
				rs.getDate("held_on").toLocalDate(), rs.getString("venue"), capacityOrNull,
				rs.getString("opening_official"), rs.getInt("registered"), rs.getInt("attended"));
	}

	public String regionName(String code) {
		return regions.nameOf(code);
	}

}
