package id.kombel.activities.attendance;

import java.util.Map;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.shared.cluster.LocalCaches;
import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.SqlCondition;
import id.kombel.shared.limits.RateLimit;
import id.kombel.shared.limits.RateLimiter;
import id.kombel.shared.events.ParticipationRecorded;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.shared.web.TooManyAttemptsException;
import id.kombel.activities.Activities;
import id.kombel.activities.ActivityPolicy;
import id.kombel.activities.activity.Activity;
import id.kombel.activities.activity.ActivityRepository;

/**
 * Members checking themselves in. Deliberately not a transactional service: the checks
 * run on their own short reads (the membership when the community is not in memory), and
 * only the write holds a connection, so a crowd checking in at once never waits for
 * connections held by checks. The guess limit is asked in the write's own statement.
 */
@Service
public class CheckIns implements MeterBinder {

	/**
	 * Activities being checked into, read-only: a whole room checks in within minutes.
	 */
	private final Cache<Long, Activity> recent = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.recordStats()
		.build();

	static final int WRONG_CODES_ALLOWED = 10;

	/** For the operators' metrics ({@code kombel_check_ins_total}), looked up once. */
	private static final io.micrometer.core.instrument.Counter CHECKED_IN = io.micrometer.core.instrument.Metrics
		.counter("kombel.check.ins", "kind", "activity");

	/**
	 * Wrong codes per member and activity, counted for the cluster: a six-digit code is
	 * easy to guess by trying them all, so after a few misses the member waits, while a
	 * mistyped code or two costs nothing.
	 */
	static final RateLimit WRONG_CODES = new RateLimit("check-in-code", WRONG_CODES_ALLOWED, Duration.ofMinutes(15));

	private final RateLimiter limiter;

	private static final String TOPIC = "activity-check-ins";

	private final CacheInvalidation invalidation;

	private final ActivityRepository activities;

	private final JdbcClient jdbc;

	private final ActivityPolicy policy;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate write;

	private final Clock clock;

	private final DataSource dataSource;

	private volatile String lockClause;

	CheckIns(ActivityRepository activities, JdbcClient jdbc, ActivityPolicy policy, ApplicationEventPublisher events,
			Clock clock, RateLimiter limiter, CacheInvalidation invalidation, DataSource dataSource) {
		this.dataSource = dataSource;
		this.limiter = limiter;
		this.invalidation = invalidation;
		invalidation.register(TOPIC, key -> {
			if (CacheInvalidation.ALL.equals(key)) {
				recent.invalidateAll();
			}
			else {
				recent.invalidate(Long.valueOf(key));
			}
		});
		this.activities = activities;
		this.jdbc = jdbc;
		this.policy = policy;
		this.events = events;
		// a plain JDBC transaction: the check-in and what its listeners write are plain
		// statements, so no JPA session is opened and flushed for them (issue 17)
		this.write = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		this.clock = clock;
	}

	/**
	 * Checks the member in with the code the facilitator shows; repeating it changes
	 * nothing.
	 */
	public CheckInResult checkIn(KombelUser user, long id, String code) {
		Activity activity = recent.get(id, key -> activities.findById(key).orElse(null));
		if (activity == null) {
			throw new NotFoundException("activity " + id);
		}
		policy.require(user, ActivityPolicy.Action.PARTICIPATE, activity);
		if (activity.closedAt() != null) {
			// certificates are already issued
			throw InvalidInputException.of("code", "activities.closed-already");
		}
		String guesser = user.accountId() + ":" + id;
		if (code == null || !code.strip().equals(activity.checkInCode())) {
			// rare: the limit's own statements, each on its own connection
			refuseIfBlocked(guesser);
			limiter.hit(WRONG_CODES, guesser);
			throw InvalidInputException.of("code", "activities.code-wrong");
		}
		Instant now = clock.instant();
		if (!activity.checkInOpenAt(now)) {
			// a blocked guesser learns nothing, not even that this code was right
			refuseIfBlocked(guesser);
			throw InvalidInputException.of("code",
					now.isBefore(activity.startsAt()) ? "activities.code-not-open" : "activities.code-expired");
		}
		SqlCondition allowed = limiter.allows(WRONG_CODES, guesser);
		try {
			return write
				.execute(status -> markPresent(activity, user.accountId(), user.displayName(), now, allowed, guesser));
		}
		catch (DataIntegrityViolationException raced) {
			// a double tap on two connections: the first one won
			return CheckInResult.ALREADY_CHECKED_IN;
		}
	}

	private void refuseIfBlocked(String guesser) {
		Optional<Duration> wait = limiter.blocked(WRONG_CODES, guesser);
		if (wait.isPresent()) {
			throw new TooManyAttemptsException("activities.code-too-many", wait.get());
		}
	}

	/**
	 * An activity was written (its code, times or closing may have changed): every node
	 * reads it again once the write commits.
	 */
	public void evict(long activityId) {
		invalidation.invalidate(TOPIC, activityId);
	}

	/**
	 * One statement for the usual first check-in: insert, unless a row exists, the
	 * activity is closed in the database or the member is blocked for wrong codes (the
	 * limit is asked in this statement, {@code allowed}: no round trip and no connection
	 * of its own). The activity row is read {@code FOR SHARE} in that statement and a
	 * close takes it {@code FOR UPDATE} first, so a close committed on another node after
	 * this node's cached read (before its notification arrived) is seen here, and a
	 * check-in in flight is seen by the close that waits for it. Only when nothing was
	 * inserted does it ask why, on the same connection: blocked (429), else the existing
	 * row (registered, excused, absent) is turned into present on the same condition.
	 */
	private CheckInResult markPresent(Activity activity, long accountId, String name, Instant now, SqlCondition allowed,
			String guesser) {
		Timestamp at = Timestamp.from(now);
		String open = "exists (select 1 from activity where id = :activity and closed_at is null " + shareLock() + ")";
		int inserted = jdbc
			.sql("""
					insert into attendance (activity_id, account_id, display_name, status, method, updated_at)
					select :activity, :account, :name, 'PRESENT', 'CODE', :at where %s and %s on conflict do nothing"""
				.formatted(open, allowed.sql()))
			.param("activity", activity.id())
			.param("account", accountId)
			.param("name", name)
			.param("at", at)
			.params(allowed.params())
			.update();
		if (inserted == 0) {
			refuseIfBlocked(guesser);
		}
		if (inserted == 0 && jdbc
			.sql("""
					update attendance set status = 'PRESENT', method = 'CODE', updated_at = :at
					where activity_id = :activity and account_id = :account and status <> 'PRESENT' and %s"""
				.formatted(open))
			.param("activity", activity.id())
			.param("account", accountId)
			.param("at", at)
			.update() == 0) {
			if (closedInDatabase(activity.id())) {
				recent.invalidate(activity.id());
				throw InvalidInputException.of("code", "activities.closed-already");
			}
			return CheckInResult.ALREADY_CHECKED_IN;
		}
		events.publishEvent(new ParticipationRecorded(activity.communityId(), accountId, now));
		CHECKED_IN.increment();
		return CheckInResult.CHECKED_IN;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("check-in-activities", recent));
	}

	private boolean closedInDatabase(long activityId) {
		return jdbc.sql("select count(*) from activity where id = :activity and closed_at is not null")
			.param("activity", activityId)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * {@code FOR SHARE} on PostgreSQL (check-ins do not wait for each other, only for a
	 * close); H2 has only {@code FOR UPDATE} (one process: a room's check-ins queue for
	 * microseconds).
	 */
	private String shareLock() {
		String lock = lockClause;
		if (lock == null) {
			// the check-in transaction's own connection: no second one from the pool
			java.sql.Connection c = DataSourceUtils.getConnection(dataSource);
			try {
				lock = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName()) ? "for share"
						: "for update";
			}
			catch (java.sql.SQLException ex) {
				throw new org.springframework.dao.DataAccessResourceFailureException("no database", ex);
			}
			finally {
				DataSourceUtils.releaseConnection(c, dataSource);
			}
			lockClause = lock;
		}
		return lock;
	}

}
