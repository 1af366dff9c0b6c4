package id.kombel.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords that are tried first are refused where accounts are made (ASVS 2.1.7). */
class PasswordRuleTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "12345678", "password", "        ", "qwertyuiop", "aaaaaaaaaa", "passw0rd123",
			"budi.santoso", "kombel2026" })
	void aGuessablePasswordIsRefusedAndNoAccountIsMade(String password) {
		Api admin = api().as("admin@demo.kombel.id").inLanguage("id");
		String email = "budi.santoso." + Math.abs(password.hashCode()) + "@example.id";
		Response r = admin.post("/api/v1/accounts", """
				{"email":"%s","displayName":"Budi Santoso","password":"%s","grants":[{"role":"TEACHER"}]}"""
			.formatted(email, password));

		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.body()).contains("password").contains("terlalu mudah ditebak");
		assertThat(jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single())
			.as("nothing saved")
			.isZero();
	}

	@Test
	void aFewUnrelatedWordsAreAccepted() {
		Response r = api().as("admin@demo.kombel.id")
			.post("/api/v1/accounts",
					"""
							{"email":"sari.lubis@example.id","displayName":"Sari Lubis","password":"mentari pagi sidikalang","grants":[{"role":"TEACHER"}]}""");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
	}

}
