package id.kombel.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS proxy: {@code kombel.base-url} is the address in shared and printed links,
 * HSTS is sent and cookies are Secure, though the request reached the node over http.
 * (The same context has an SMTP server that is not there: health stays UP.)
 */
@TestPropertySource(properties = { "kombel.base-url=https://kombel.example.id/",
		// a mail server that is not there: health stays UP
		"spring.mail.host=127.0.0.1", "spring.mail.port=9" })
class PublicAddressTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void linksUseThePublicAddress() throws Exception {
		long activity = jdbc.sql("SELECT MIN(id) FROM activity").query(Long.class).single();
		String ics = api().get("/activities/" + activity + ".ics").body();
		assertThat(ics).contains("https://kombel.example.id/activities/" + activity).doesNotContain("localhost");

		Response page = api().as("admin@demo.kombel.id").get("/activities/" + activity);
		assertThat(page.body()).contains("kombel.example.id%2Factivities%2F" + activity)
			.doesNotContain("localhost%3A" + port);
	}

	@Test
	void anSmtpOutageDoesNotTurnHealthDown() {
		Response health = api().get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("UP");
		assertThat(api().get("/actuator/health/readiness").status()).isEqualTo(200);
	}

	@Test
	void httpsAddressSendsHstsAndSecureCookies() throws Exception {
		Response r = api().get("/login");
		assertThat(r.header("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(r.raw().headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).contains("Secure"));

		HttpResponse<String> signIn = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/activities/1")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.headers().allValues("Set-Cookie"))
			.allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
	}

}
