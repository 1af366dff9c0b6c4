package id.kombel.portfolio.xapi;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.shared.events.ParticipationRecorded;

/**
 * The accounts whose statements may have changed since they were last sent
 * ({@code portfolio_xapi_due}), so that a push rebuilds only those. Written when a member
 * takes part in an activity (checked in, marked present, took a task), in the same
 * transaction as the fact itself; what no event announces (practices, answers, materials,
 * certificates, programme events) the periodic sweep marks due. Only where a Learning
 * Record Store is configured.
 */
@Component
@ConditionalOnProperty("kombel.xapi.endpoint")
class XapiOutbox {

	private final JdbcClient jdbc;

	private final Clock clock;

	XapiOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(ParticipationRecorded event) {
		due(event.accountId());
	}

	void due(long accountId) {
		jdbc.sql("insert into portfolio_xapi_due (account_id, due_at) values (:acc, :at) on conflict do nothing")
			.param("acc", accountId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/** Up to {@code limit} due accounts, the longest waiting first. */
	List<Long> next(int limit) {
		return jdbc.sql("select account_id from portfolio_xapi_due order by due_at, account_id limit :n")
			.param("n", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Takes the account off the list before its record is read, so that a fact recorded
	 * while it is sent marks it due again.
	 */
	boolean claim(long accountId) {
		return jdbc.sql("delete from portfolio_xapi_due where account_id = :acc").param("acc", accountId).update() == 1;
	}

}
