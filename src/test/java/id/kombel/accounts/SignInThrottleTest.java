package id.kombel.accounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

import static id.kombel.support.RateLimitWindows.awayFromAWindowEnd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing is slowed on {@code POST /api/v1/tokens} and on the sign-in form, per
 * account and address and per address, without locking out the account for others.
 */
class SignInThrottleTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetCounts() {
		// every test here signs in from 127.0.0.1: clear its counts so other tests may
		// still sign in
		jdbc.sql("DELETE FROM rate_limit_window WHERE limit_key LIKE 'sign-in-%'").update();
	}

	private String newTeacher() {
		String email = "tebak." + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		assertThat(api().as("admin@demo.kombel.id")
			.post("/api/v1/accounts",
					"{\"email\":\"" + email + "\",\"displayName\":\"Guru Tebak\",\"password\":\"rahasia-123\","
							+ "\"grants\":[{\"role\":\"TEACHER\"}]}")
			.status()).isEqualTo(201);
		return email;
	}

	private Response token(String email, String password) {
		return api().inLanguage("id")
			.post("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
	}

	@Test
	void tokenGuessesAreRefusedAfterFiveEvenWithTheRightPassword() {
		awayFromAWindowEnd(SignInThrottle.PER_ACCOUNT_AND_ADDRESS.window());
		String email = newTeacher();
		String other = newTeacher();
		for (int i = 0; i < 5; i++) {
			assertThat(token(email, "salah-" + i).status()).isEqualTo(401);
		}
		Response refused = token(email, "rahasia-123");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body()).contains("Terlalu banyak percobaan masuk");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(token(other, "rahasia-123").status()).as("another account from the same address").isEqualTo(201);
	}

	@Test
	void oneAddressCannotTryManyAccounts() {
		awayFromAWindowEnd(SignInThrottle.PER_ADDRESS.window());
		String email = newTeacher();
		for (int i = 0; i < SignInThrottle.PER_ADDRESS.allowed(); i++) {
			assertThat(token("tidak.ada." + i + "." + UUID.randomUUID() + "@example.id", "salah").status())
				.isEqualTo(401);
		}
		Response refused = token(email, "rahasia-123");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
	}

	@Test
	void aSuccessfulSignInClearsTheMistakes() {
		String email = newTeacher();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				assertThat(token(email, "salah").status()).isEqualTo(401);
			}
			assertThat(token(email, "rahasia-123").status()).isEqualTo(201);
		}
	}

	@Test
	void theFormSaysHowLongToWait() throws Exception {
		awayFromAWindowEnd(SignInThrottle.PER_ACCOUNT_AND_ADDRESS.window());
		String email = newTeacher();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String base = "http://localhost:" + port;
		HttpResponse<String> last = null;
		for (int i = 0; i < 6; i++) {
			last = signIn(browser, base, email, "salah-" + i);
		}
		assertThat(last.statusCode()).isEqualTo(302);
		assertThat(last.headers().firstValue("Location").orElseThrow()).contains("/login?throttled=");
		HttpResponse<String> right = signIn(browser, base, email, "rahasia-123");
		assertThat(right.headers().firstValue("Location").orElseThrow())
			.as("the right password is refused while the account waits")
			.contains("/login?throttled=");
		HttpResponse<String> form = browser.send(HttpRequest
			.newBuilder(URI.create(right.headers().firstValue("Location").orElseThrow().startsWith("http")
					? right.headers().firstValue("Location").orElseThrow()
					: base + right.headers().firstValue("Location").orElseThrow()))
			.header("Accept-Language", "id")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(429);
		assertThat(form.headers().firstValue("Retry-After")).isPresent();
		assertThat(form.body()).contains("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 1 menit.");
	}

	private static HttpResponse<String> signIn(HttpClient browser, String base, String email, String password)
			throws Exception {
		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		return browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
