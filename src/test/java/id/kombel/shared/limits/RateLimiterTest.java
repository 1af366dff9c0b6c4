package id.kombel.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import id.kombel.shared.SqlCondition;
import id.kombel.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limiter counts in the shared database: two limiters on one database (as two nodes
 * have) share one count, and racing attempts are all counted.
 */
class RateLimiterTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void twoNodesShareOneCount() {
		RateLimiter a = new RateLimiter(jdbc, transactions, Clock.systemUTC());
		RateLimiter b = new RateLimiter(jdbc, transactions, Clock.systemUTC());
		RateLimit limit = new RateLimit("test-two-nodes", 4, Duration.ofMinutes(10));
		String who = UUID.randomUUID().toString();
		assertThat(a.hit(limit, who)).isEmpty();
		assertThat(b.hit(limit, who)).isEmpty();
		assertThat(a.hit(limit, who)).isEmpty();
		assertThat(b.hit(limit, who)).isEmpty();
		assertThat(a.blocked(limit, who)).as("four attempts over two nodes use up the limit").isPresent();
		assertThat(b.blocked(limit, who)).isPresent();
		assertThat(b.blocked(limit, who).get()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
		assertThat(a.blocked(limit, "someone else")).isEmpty();
		b.reset(limit, who);
		assertThat(a.blocked(limit, who)).isEmpty();
	}

	@Test
	void theConditionForAStatementAgreesWithBlockedOnEveryNode() {
		RateLimiter a = new RateLimiter(jdbc, transactions, Clock.systemUTC());
		RateLimiter b = new RateLimiter(jdbc, transactions, Clock.systemUTC());
		RateLimit limit = new RateLimit("test-condition", 2, Duration.ofMinutes(10));
		String who = UUID.randomUUID().toString();
		assertThat(allows(a, limit, who)).as("no attempt yet").isTrue();
		a.hit(limit, who);
		assertThat(allows(b, limit, who)).as("one of two").isTrue();
		assertThat(b.blocked(limit, who)).isEmpty();
		b.hit(limit, who);
		assertThat(allows(a, limit, who)).as("two attempts over two nodes use up the limit").isFalse();
		assertThat(a.blocked(limit, who)).isPresent();
		assertThat(allows(a, limit, "someone else")).isTrue();
		assertThat(allows(a, new RateLimit("another-limit", 2, Duration.ofMinutes(10)), who)).isTrue();
		a.reset(limit, who);
		assertThat(allows(b, limit, who)).isTrue();
	}

	private boolean allows(RateLimiter limiter, RateLimit limit, String who) {
		SqlCondition allows = limiter.allows(limit, who);
		return jdbc.sql("select case when " + allows.sql() + " then 1 else 0 end")
			.params(allows.params())
			.query(Integer.class)
			.single() == 1;
	}

	@Test
	void racingAttemptsAreAllCounted() throws Exception {
		RateLimiter a = new RateLimiter(jdbc, transactions, Clock.systemUTC());
		RateLimiter b = new RateLimiter(jdbc, transactions, Clock.systemUTC());
		RateLimit limit = new RateLimit("test-race", 1000, Duration.ofMinutes(10));
		String who = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Object>> tasks = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				RateLimiter node = i % 2 == 0 ? a : b;
				tasks.add(() -> node.hit(limit, who));
			}
			for (Future<Object> f : pool.invokeAll(tasks)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		int hits = jdbc.sql("SELECT SUM(hits) FROM rate_limit_window WHERE limit_key = ?")
			.param("test-race:" + who)
			.query(Integer.class)
			.single();
		assertThat(hits).isEqualTo(60);
	}

	@Test
	void longSubjectsAreStoredAsDigests() {
		RateLimiter a = new RateLimiter(jdbc, transactions, Clock.systemUTC());
		RateLimit limit = new RateLimit("test-long", 1, Duration.ofMinutes(1));
		String who = "x".repeat(300);
		a.hit(limit, who);
		assertThat(a.blocked(limit, who)).isPresent();
	}

}
