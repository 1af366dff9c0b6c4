package id.kombel.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

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
