package id.kombel.shared.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.kombel.shared.SqlCondition;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Counts attempts for the whole cluster in the shared database, so a limit holds however
 * many nodes a client spreads its attempts over. Fixed windows: one row per key and
 * window, raised by one {@code UPDATE … SET hits = hits + 1} (atomic in both H2 and
 * PostgreSQL), and inserted by the first attempt of a window; two nodes racing to insert
 * meet on the primary key and the loser updates. A fixed window lets a client spend up to
 * twice the limit around a window's end, which is fine for limits meant to make guessing
 * slow rather than to meter traffic.
 * <p>
 * Each count commits on its own, so an attempt that is refused (and whose transaction is
 * rolled back) still counts.
 */
@Component
public class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate own;

	private final Clock clock;

	RateLimiter(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * How long the subject must wait before its next attempt, or empty when the limit
	 * still allows one. Counts nothing.
	 */
	public Optional<Duration> blocked(RateLimit limit, String subject) {
		long now = clock.millis();
		long start = windowStart(limit, now);
		Integer hits = jdbc.sql("SELECT hits FROM rate_limit_window WHERE limit_key = ? AND window_start = ?")
			.params(key(limit, subject), start)
			.query(Integer.class)
			.optional()
			.orElse(0);
		return hits >= limit.allowed() ? Optional.of(wait(limit, start, now)) : Optional.empty();
	}

	/**
	 * {@link #blocked} as a condition of the caller's own statement, true while the limit
	 * still allows an attempt: a write that must not happen when the subject is blocked
	 * (a check-in) asks in the statement that writes, so the usual case costs no round
	 * trip and no connection of its own. Nothing is written when it is false; the caller
	 * then asks {@link #blocked} for the wait. The parameters' names start with
	 * {@code rateLimit}.
	 */
	public SqlCondition allows(RateLimit limit, String subject) {
		long start = windowStart(limit, clock.millis());
		return new SqlCondition(
				"not exists (select 1 from rate_limit_window where limit_key = :rateLimitKey"
						+ " and window_start = :rateLimitWindow and hits >= :rateLimitAllowed)",
				Map.of("rateLimitKey", key(limit, subject), "rateLimitWindow", start, "rateLimitAllowed",
						limit.allowed()));
	}

	/**
	 * Counts one attempt and tells how long the subject must now wait, or empty when this
	 * attempt was still within the limit.
	 */
	public Optional<Duration> hit(RateLimit limit, String subject) {
		long now = clock.millis();
		long start = windowStart(limit, now);
		String key = key(limit, subject);
		int hits = count(key, start, start + limit.window().toMillis());
		return hits > limit.allowed() ? Optional.of(wait(limit, start, now)) : Optional.empty();
	}

	/** Forgets the subject's attempts, e.g. after a successful sign-in. */
	public void reset(RateLimit limit, String subject) {
		own.executeWithoutResult(status -> jdbc.sql("DELETE FROM rate_limit_window WHERE limit_key = ?")
			.param(key(limit, subject))
			.update());
	}

	private int count(String key, long start, long end) {
		try {
			return own.execute(status -> countOnce(key, start, end));
		}
		catch (DuplicateKeyException raced) {
			// another node inserted the window's row first (and PostgreSQL ended that
			// transaction): count on its row in a new one
			return own.execute(status -> countOnce(key, start, end));
		}
	}

	private int countOnce(String key, long start, long end) {
		int updated = jdbc.sql("UPDATE rate_limit_window SET hits = hits + 1 WHERE limit_key = ? AND window_start = ?")
			.params(key, start)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO rate_limit_window (limit_key, window_start, window_end, hits) VALUES (?, ?, ?, 1)")
				.params(key, start, end)
				.update();
			return 1;
		}
		return jdbc.sql("SELECT hits FROM rate_limit_window WHERE limit_key = ? AND window_start = ?")
			.params(key, start)
			.query(Integer.class)
			.single();
	}

	/** Windows that ended are of no use; one node deletes them now and then. */
	@Scheduled(fixedDelay = 15, initialDelay = 5, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
	@SchedulerLock(name = "rate-limit-cleanup")
	void forgetEndedWindows() {
		int deleted = jdbc.sql("DELETE FROM rate_limit_window WHERE window_end < ?").param(clock.millis()).update();
		log.debug("Deleted {} ended rate-limit windows", deleted);
	}

	/**
	 * A subject that is personal data (an e-mail address) is counted under its digest, so
	 * the counters hold no address.
	 */
	public static String digest(String subject) {
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long windowStart(RateLimit limit, long now) {
		long size = limit.window().toMillis();
		return now - Math.floorMod(now, size);
	}

	private static Duration wait(RateLimit limit, long start, long now) {
		long left = start + limit.window().toMillis() - now;
		// Retry-After is in whole seconds: round up so a client that waits is let in
		return Duration.ofSeconds(Math.max(1, (left + 999) / 1000));
	}

	private static String key(RateLimit limit, String subject) {
		String key = limit.name() + ":" + subject;
		return key.length() <= 200 ? key : limit.name() + ":#" + digest(subject);
	}

}
