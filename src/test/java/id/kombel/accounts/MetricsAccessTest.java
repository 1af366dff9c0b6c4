package id.kombel.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus metrics for operators: an administrator's token or the configured scrape
 * credential reads them; teachers, visitors and a wrong credential do not.
 */
@TestPropertySource(properties = { "kombel.metrics.username=prometheus", "kombel.metrics.password=scrape-secret-1" })
class MetricsAccessTest extends IntegrationTest {

	@Test
	void anAdministratorReadsRequestTimingsPoolAndCheckIns() {
		api().as("anggota@demo.kombel.id").get("/api/v1/communities");
		Response metrics = api().as("admin@demo.kombel.id").get("/actuator/prometheus");

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds_count")
			.contains("uri=\"/api/v1/communities\"")
			.contains("hikaricp_connections_active");
	}

	@Test
	void everyCacheCountsItsHitsAndMisses() {
		Api guru = api().as("guru@demo.kombel.id");
		long id = guru.get("/api/v1/communities/mine").json().get(0).get("id").asLong();
		guru.get("/api/v1/communities/" + id);
		double hits = gets("community-snapshots", "hit");
		double misses = gets("community-snapshots", "miss");
		for (int i = 0; i < 3; i++) {
			guru.get("/api/v1/communities/" + id);
		}
		assertThat(gets("community-snapshots", "hit")).as("read three times from the snapshot cache")
			.isGreaterThanOrEqualTo(hits + 3);
		assertThat(misses).isPositive();
		String body = api().as("admin@demo.kombel.id").get("/actuator/prometheus").body();
		for (String cache : new String[] { "community-snapshots", "community-lists", "community-member-of",
				"rendered-bodies", "check-in-activities", "activity-agenda", "knowledge-reader-homes",
				"event-participants", "event-gates", "event-access", "api-tokens", "session-users" }) {
			assertThat(body).as(cache)
				.containsPattern("cache_gets_total\\{[^}]*cache=\"" + cache + "\"")
				.containsPattern("cache_size\\{[^}]*cache=\"" + cache + "\"");
		}
	}

	/** One cache's {@code cache_gets_total} of one result, as Prometheus reads it. */
	private double gets(String cache, String result) {
		String body = api().as("admin@demo.kombel.id").get("/actuator/prometheus").body();
		Matcher m = Pattern
			.compile("cache_gets_total\\{(?=[^}]*cache=\"" + cache + "\")(?=[^}]*result=\"" + result
					+ "\")[^}]*\\} ([0-9.E+-]+)")
			.matcher(body);
		assertThat(m.find()).as(cache + " " + result + " in\n" + body).isTrue();
		return Double.parseDouble(m.group(1));
	}

	@Test
	void theScrapeCredentialReadsThemAndNobodyElseDoes() throws Exception {
		assertThat(basic("prometheus", "scrape-secret-1").statusCode()).isEqualTo(200);
		assertThat(basic("prometheus", "wrong").statusCode()).isEqualTo(401);
		assertThat(api().get("/actuator/prometheus").status()).as("a visitor").isEqualTo(401);
		assertThat(api().as("anggota@demo.kombel.id").get("/actuator/prometheus").status()).as("a teacher")
			.isEqualTo(403);
	}

	private HttpResponse<String> basic(String user, String password) throws Exception {
		String credential = Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
				.header("Authorization", "Basic " + credential)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
