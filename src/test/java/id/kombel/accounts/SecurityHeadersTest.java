package id.kombel.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer, page or API, carries the content security, referrer and permissions
 * policies; without an https public address there is no HSTS, and forwarded headers are
 * not believed.
 */
class SecurityHeadersTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void pagesAndApiCarryThePolicies() {
		for (String path : new String[] { "/", "/login", "/knowledge", "/api/v1/regions", "/api/v1/communities" }) {
			Response r = api().get(path);
			assertThat(r.header("Content-Security-Policy")).as(path)
				.contains("default-src 'self'")
				.contains("script-src 'self'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline");
			assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(r.header("Permissions-Policy")).as(path).contains("camera=(self)").contains("geolocation=()");
			assertThat(r.header("Strict-Transport-Security")).as(path).isNull();
		}
	}

	@Test
	void forwardedHeadersAreIgnoredUnlessConfigured() throws Exception {
		long activity = jdbc.sql("SELECT MIN(id) FROM activity").query(Long.class).single();
		var request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/activities/" + activity + ".ics"))
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.build();
		String ics = java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(ics).contains("http://localhost:" + port + "/activities/" + activity).doesNotContain("evil.example");
	}

}
