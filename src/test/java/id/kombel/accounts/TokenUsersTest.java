package id.kombel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.shared.access.KombelUser;
import id.kombel.support.IntegrationTest;

/**
 * A bearer token's user and a session's account are read by one plain statement (issue
 * 17): the very user, roles and scope the account's entity gives, and nothing for a token
 * that is expired, revoked or of a disabled account.
 */
class TokenUsersTest extends IntegrationTest {

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	Scopes scopes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenAndASessionGetTheUserTheAccountGives() {
		for (String email : List.of("admin@demo.kombel.id", "balai@demo.kombel.id", "dinas.dairi@demo.kombel.id",
				"cabdin4@demo.kombel.id", "pengawas@demo.kombel.id", "kepsek@demo.kombel.id", "guru@demo.kombel.id")) {
			KombelUser entity = accounts.userByEmail(email).orElseThrow();
			String token = tokens.issue(entity.accountId()).token();
			for (KombelUser read : List.of(tokens.authenticate(token).orElseThrow(),
					scopes.byId(entity.accountId()).orElseThrow())) {
				assertThat(read.accountId()).as(email).isEqualTo(entity.accountId());
				assertThat(read.email()).as(email).isEqualTo(entity.email());
				assertThat(read.displayName()).as(email).isEqualTo(entity.displayName());
				assertThat(read.roles()).as(email).isEqualTo(entity.roles());
				assertThat(read.scope()).as(email).isEqualTo(entity.scope());
				assertThat(read.getPassword()).as(email).isEqualTo(entity.getPassword());
			}
			// the second time from the cache: the same
			assertThat(tokens.authenticate(token).orElseThrow().scope()).isEqualTo(entity.scope());
		}
		assertThat(scopes.byId(999_999_999L)).isEmpty();
	}

	@Test
	void anExpiredRevokedOrDisabledAccountsTokenIsRefused() {
		long guru = accounts.userByEmail("anggota@demo.kombel.id").orElseThrow().accountId();
		String expired = "expired-" + System.nanoTime();
		Instant past = Instant.now().minus(2, ChronoUnit.DAYS);
		jdbc.sql("insert into api_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)")
			.params(ApiTokens.hash(expired), guru, java.sql.Timestamp.from(past),
					java.sql.Timestamp.from(past.plus(1, ChronoUnit.DAYS)))
			.update();
		assertThat(tokens.authenticate(expired)).isEmpty();
		assertThat(tokens.authenticate("never-issued-" + System.nanoTime())).isEmpty();

		String revoked = tokens.issue(guru).token();
		assertThat(tokens.authenticate(revoked)).isPresent();
		assertThat(tokens.revoke(revoked)).isTrue();
		assertThat(tokens.authenticate(revoked)).isEmpty();

		var created = accounts.create(new NewAccount("token-users-" + System.nanoTime() + "@example.id", "Guru Token",
				"rahasia-sekali", null, List.of(Grant.of(id.kombel.shared.access.Role.TEACHER))));
		String token = tokens.issue(created.id()).token();
		assertThat(tokens.authenticate(token).map(KombelUser::accountId)).isEqualTo(Optional.of(created.id()));
		accounts.setEnabled(created.id(), false);
		assertThat(tokens.authenticate(token)).isEmpty();
		assertThat(scopes.byId(created.id())).isEmpty();
	}

}
