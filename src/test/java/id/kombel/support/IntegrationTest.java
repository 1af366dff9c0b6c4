package id.kombel.support;

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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kombel.demo=true", "kombel.data-dir=${kombel.test.data-dir:target/test-data}" })
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

}
