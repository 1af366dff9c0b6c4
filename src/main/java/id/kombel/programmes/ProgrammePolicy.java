package id.kombel.programmes;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Policy;
import id.kombel.shared.access.Role;

/**
 * Who may do what to programmes and their events, the one place this module asks. Balai
 * staff whose scope covers the programme's province (and administrators) run a programme
 * and all its events; a member of an event's local committee (by account, or by e-mail
 * for a member whose account was made after they joined) sees that event and checks its
 * participants in.
 */
@Component
public class ProgrammePolicy implements Policy<ProgrammeAction, ProgrammeEvent> {

	private final ProgrammeQueries queries;

	private final JdbcClient jdbc;

	ProgrammePolicy(ProgrammeQueries queries, JdbcClient jdbc) {
		this.queries = queries;
		this.jdbc = jdbc;
	}

	/** May this account create and run programmes at all (to show the menu)? */
	public boolean runsProgrammes(KombelUser user) {
		return user != null && (user.isAdmin() || user.has(Role.BALAI));
	}

	/** May this account run programmes of the province? */
	public boolean runsIn(KombelUser user, String provinceCode) {
		return user != null && (user.isAdmin() || (user.has(Role.BALAI) && user.scope().coversRegion(provinceCode)));
	}

	public boolean may(KombelUser user, ProgrammeAction action, long eventId) {
		return may(user, action, queries.event(eventId));
	}

	@Override
	public boolean may(KombelUser user, ProgrammeAction action, ProgrammeEvent event) {
		return switch (action) {
			case RUN -> runsIn(user, event.provinceCode());
			case SEE, CHECK_IN -> runsIn(user, event.provinceCode()) || sitsOnCommittee(user, event.id());
		};
	}

	/** The event, if this account may do that to it; else out of scope (403). */
	public ProgrammeEvent require(KombelUser user, ProgrammeAction action, long eventId) {
		ProgrammeEvent e = queries.event(eventId);
		require(user, action, e);
		return e;
	}

	/** The programme, if this account runs it; else out of scope (403). */
	public Programme requireStaff(KombelUser user, long programmeId) {
		Programme p = queries.programme(programmeId);
		if (!runsIn(user, p.provinceCode())) {
			throw new OutOfScopeException("programme " + programmeId);
		}
		return p;
	}

	private boolean sitsOnCommittee(KombelUser user, long eventId) {
		return user != null && jdbc.sql("""
				select count(*) from committee_member where event_id = :event
				and (account_id = :account or (account_id is null and email = :email))""")
			.param("event", eventId)
			.param("account", user.accountId())
			.param("email", user.email() == null ? "" : user.email().toLowerCase(Locale.ROOT))
			.query(Integer.class)
			.single() > 0;
	}

}
