package id.kombel.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port, on PostgreSQL, with the demo dataset seeded once.
 * Tests share one context and one database: each makes its own data with unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "kombel.demo=true",
		"kombel.warm-up=${kombel.test.warm-up:20s}", "kombel.data-dir=${kombel.test.data-dir:target/test-data}" })
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	private JdbcClient jdbc;

	/**
	 * Every test comes from 127.0.0.1, so the cluster-wide guess limits (per client
	 * address) would add up over the suite: each test starts with none counted.
	 */
	@BeforeEach
	void noGuessesCountedYet() {
		jdbc.sql("DELETE FROM rate_limit_window").update();
	}

	protected Api api() {
		return new Api("http://localhost:" + port);
	}

	/**
	 * A new online SD community named {@code name} and a unique suffix, placed in
	 * {@code regionCode} by an administrator (a teacher places communities in their own
	 * school's regency only), with {@code facilitator} named its facilitator.
	 */
	protected long communityLedBy(Api facilitator, String name, String regionCode) {
		Api admin = api().as("admin@demo.kombel.id");
		long community = admin
			.post("/api/v1/communities",
					"{\"name\":\"" + name + UUID.randomUUID().toString().substring(0, 6)
							+ "\",\"kind\":\"ONLINE\",\"levels\":[\"SD\"],\"regionCode\":\"" + regionCode + "\"}")
			.json()
			.get("id")
			.asLong();
		long id = facilitator.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(admin
			.post("/api/v1/communities/" + community + "/members",
					"{\"accountId\":" + id + ",\"role\":\"FACILITATOR\"}")
			.status()).isEqualTo(200);
		return community;
	}

}
