package id.kombel.accounts;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.offices.Offices;
import id.kombel.shared.Level;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;
import id.kombel.shared.access.Scope;

/**
 * Turns an account's role grants into the one {@link Scope} every module asks; reads the
 * user of a bearer token or a session's account by plain JDBC, one statement with its
 * grants, since a request of a token or session not yet cached waits for it (through
 * Hibernate it was a fifth of a community page's CPU, issue 17).
 */
@Component
class Scopes {

	/** The user of a valid token, and when the token expires. */
	record Holder(KombelUser user, Instant expiresAt) {
	}

	private static final String COLUMNS = "select a.id, a.email, a.display_name, a.password_hash, a.educator_id,"
			+ " r.role, r.region_code, r.school_id, r.office_id, ";

	private final Offices offices;

	private final JdbcClient jdbc;

	Scopes(Offices offices, JdbcClient jdbc) {
		this.offices = offices;
		this.jdbc = jdbc;
	}

	KombelUser userOf(Account account) {
		return userOf(account.id(), account.email(), account.displayName(), account.passwordHash(),
				account.educatorId(), account.grants());
	}

	/** The user of an unrevoked token unexpired at {@code now}, its account enabled. */
	Optional<Holder> byToken(String tokenHash, Instant now) {
		return read(jdbc.sql(COLUMNS + "t.expires_at from api_token t join account a on a.id = t.account_id"
				+ " left join account_role r on r.account_id = a.id"
				+ " where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and a.enabled order by r.id")
			.params(tokenHash, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
	}

	/** The user of an enabled account. */
	Optional<KombelUser> byId(long accountId) {
		return read(jdbc
			.sql(COLUMNS + "cast(null as timestamp with time zone) from account a"
					+ " left join account_role r on r.account_id = a.id where a.id = ? and a.enabled order by r.id")
			.params(accountId)).map(Holder::user);
	}

	private Optional<Holder> read(JdbcClient.StatementSpec statement) {
		List<Grant> grants = new ArrayList<>();
		List<Object[]> account = new ArrayList<>();
		statement.query((RowCallbackHandler) (ResultSet rs) -> {
			if (account.isEmpty()) {
				OffsetDateTime expires = rs.getObject(10, OffsetDateTime.class);
				account.add(new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getObject(5, Long.class), expires == null ? null : expires.toInstant() });
			}
			String role = rs.getString(6);
			if (role != null) {
				grants.add(new Grant(Role.valueOf(role), rs.getString(7), rs.getObject(8, Long.class),
						rs.getObject(9, Long.class)));
			}
		});
		if (account.isEmpty()) {
			return Optional.empty();
		}
		Object[] a = account.get(0);
		return Optional.of(new Holder(
				userOf((Long) a[0], (String) a[1], (String) a[2], (String) a[3], (Long) a[4], List.copyOf(grants)),
				(Instant) a[5]));
	}

	private KombelUser userOf(long id, String email, String displayName, String passwordHash, Long educatorId,
			List<Grant> grants) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		grants.forEach(g -> roles.add(g.role()));
		return new KombelUser(id, email, displayName, roles, scopeOf(educatorId, grants), passwordHash);
	}

	private Scope scopeOf(Long educatorId, List<Grant> grants) {
		boolean all = false;
		List<Area> areas = new ArrayList<>();
		Set<Long> schools = new HashSet<>();
		for (Grant grant : grants) {
			switch (grant.role()) {
				case ADMIN -> all = true;
				case BALAI, REGENCY_OFFICE -> areas.add(Area.all(grant.regionCode()));
				case BRANCH_OFFICE -> offices.find(grant.officeId())
					.ifPresent(o -> o.regencyCodes().forEach(code -> areas.add(new Area(code, Level.PROVINCIAL))));
				case PRINCIPAL, SUPERVISOR -> schools.add(grant.schoolId());
				case TEACHER -> {
					// sees themself only: the educator id below
				}
			}
		}
		return new Scope(all, areas, schools, educatorId);
	}

}
