package id.kombel.programmes.ticket;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.programmes.ProgrammePolicy;
import id.kombel.shared.access.KombelUser;

/**
 * The tickets of a programme whose e-mail has not gone out after a failure: still being
 * tried (with the time of the next attempt), or given up. Staff see them on the programme
 * page and can share those tickets another way (WhatsApp) or send again.
 */
@Component
public class UndeliveredTickets {

	/**
	 * One participant's undelivered ticket: given up, or tried again at
	 * {@code nextAttemptAt}.
	 */
	public record Undelivered(long participantId, String name, String regencyCode, int attempts, boolean givenUp,
			Instant nextAttemptAt, Instant givenUpAt, String error) {
	}

	private final JdbcClient jdbc;

	private final ProgrammePolicy policy;

	UndeliveredTickets(JdbcClient jdbc, ProgrammePolicy policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	public List<Undelivered> ofProgramme(KombelUser user, long programmeId) {
		policy.requireStaff(user, programmeId);
		return jdbc.sql("""
				select id as participant_id, name, regency_code, mail_attempts as attempts,
				       mail_next_attempt_at as next_attempt_at, mail_given_up_at as given_up_at, mail_error as error
				from participant
				where programme_id = :id and invited_at is null and mail_attempts > 0
				order by mail_given_up_at nulls first, name, id""")
			.param("id", programmeId)
			.query((rs, n) -> new Undelivered(rs.getLong("participant_id"), rs.getString("name"),
					rs.getString("regency_code"), rs.getInt("attempts"), rs.getTimestamp("given_up_at") != null,
					instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("given_up_at")),
					rs.getString("error")))
			.list();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
