package id.kombel.programmes;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

import static id.kombel.support.RateLimitWindows.awayFromAWindowEnd;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ticket pages are open to whoever has the code, so guessing codes is slowed per client.
 */
class TicketGuessingTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetCounts() {
		jdbc.sql("DELETE FROM rate_limit_window WHERE limit_key LIKE 'ticket-code:%'").update();
	}

	@Test
	void unknownCodesFromOneClientAreRefusedAfterThirty() {
		awayFromAWindowEnd(Duration.ofMinutes(10));
		for (int i = 0; i < 30; i++) {
			String code = String.format("ZZ%06d", i).replace('0', 'Q');
			assertThat(api().get("/tickets/" + code).status()).isEqualTo(404);
		}
		Response refused = api().inLanguage("id").get("/tickets/QQQQQQQQ");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
		assertThat(refused.body()).contains("Terlalu banyak kode tiket");
		assertThat(api().get("/tickets/QQQQQQQQ/certificate.pdf").status()).isEqualTo(429);
	}

}
