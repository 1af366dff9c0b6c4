package id.kombel.programmes;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme events one educator took part in over a period (as participant, committee
 * member or speaker) and their certificates ({@code BT-}), for the educator's portfolio.
 * Participants are linked by educator; committee and speakers by account or educator.
 * Read-only; the caller decides who may see whose record.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeRecords {

	/**
	 * @param role PARTICIPANT, COMMITTEE or SPEAKER
	 * @param attended a participant checked in at least once (registered is not
	 * attended); always true for committee and speakers
	 */
	public record TakenPart(long eventId, String programmeTitle, ProgrammeKind kind, String regencyName,
			LocalDate heldOn, String role, boolean attended, int hours) {
	}

	public record Issued(String number, long eventId, String programmeTitle, String regencyName, LocalDate heldOn,
			String role, int hours, Instant issuedAt, boolean revoked) {
	}

	private static final String HOLDERS = """
			(select 'PARTICIPANT' as role, p.id as holder_id, p.event_id,
			  exists (select 1 from event_check_in c where c.participant_id = p.id) as attended
			  from participant p where p.educator_id = :edu
			 union all
			 select 'COMMITTEE', m.id, m.event_id, true from committee_member m
			  where m.account_id = :acc or m.educator_id = :edu
			 union all
			 select 'SPEAKER', s.id, s.event_id, true from event_speaker s
			  where s.account_id = :acc or s.educator_id = :edu) h
			join programme_event e on e.id = h.event_id join programme g on g.id = e.programme_id
			""";

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	ProgrammeRecords(JdbcClient jdbc, ProgrammeQueries queries) {
		this.jdbc = jdbc;
		this.queries = queries;
	}

	/**
	 * Events held on a day in [from, to]; {@code educatorId} or {@code accountId} may be
	 * null (-1 matches nothing).
	 */
	public List<TakenPart> events(Long educatorId, Long accountId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select h.role, h.attended, e.id as event_id, e.regency_code, e.held_on, g.title, g.kind, "
					+ "g.hours from " + HOLDERS + " where e.held_on between :from and :to order by e.held_on, g.title")
			.param("edu", educatorId == null ? -1L : educatorId)
			.param("acc", accountId == null ? -1L : accountId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, i) -> new TakenPart(rs.getLong("event_id"), rs.getString("title"),
					ProgrammeKind.valueOf(rs.getString("kind")), queries.regionName(rs.getString("regency_code")),
					heldOn(rs), rs.getString("role"), rs.getBoolean("attended"), rs.getInt("hours")))
			.list();
	}

	/**
	 * Certificates of the educator's roles for events held in [from, to], revoked ones
	 * too.
	 */
	public List<Issued> certificates(Long educatorId, Long accountId, LocalDate from, LocalDate to) {
		return jdbc.sql("select c.number, c.hours, c.issued_at, c.revoked_at, h.role, e.id as event_id, "
				+ "e.regency_code, e.held_on, g.title from " + HOLDERS
				+ " join event_certificate c on c.event_id = h.event_id and c.holder_role = h.role"
				+ " and c.holder_id = h.holder_id where e.held_on between :from and :to order by e.held_on, c.number")
			.param("edu", educatorId == null ? -1L : educatorId)
			.param("acc", accountId == null ? -1L : accountId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, i) -> new Issued(rs.getString("number"), rs.getLong("event_id"), rs.getString("title"),
					queries.regionName(rs.getString("regency_code")), heldOn(rs), rs.getString("role"),
					rs.getInt("hours"), rs.getTimestamp("issued_at").toInstant(),
					rs.getTimestamp("revoked_at") != null))
			.list();
	}

	private static LocalDate heldOn(ResultSet rs) throws SQLException {
		return rs.getDate("held_on").toLocalDate();
	}

}
