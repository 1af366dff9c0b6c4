package id.kombel.activities.activity;

import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.shared.cluster.LocalCaches;
import id.kombel.shared.Signatures;
import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.shared.agenda.CommunityAgenda;

/**
 * The next activities of each community, kept in memory because every visit to a
 * community's page shows them. Writing an activity evicts its community's entry on every
 * node, now and after the commit ({@link CacheInvalidation}).
 */
@Component
public class ActivityAgenda implements CommunityAgenda, MeterBinder {

	private static final int KEPT = 5;

	private final Cache<Long, List<Item>> cache = Caffeine.newBuilder()
		.maximumSize(20_000)
		.expireAfterWrite(Duration.ofMinutes(5))
		.recordStats()
		.build();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Signatures signatures;

	private static final String TOPIC = "activity-agenda";

	private final CacheInvalidation invalidation;

	ActivityAgenda(JdbcClient jdbc, Clock clock, Signatures signatures, CacheInvalidation invalidation) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.signatures = signatures;
		this.invalidation = invalidation;
		invalidation.register(TOPIC, key -> {
			if (CacheInvalidation.ALL.equals(key)) {
				cache.invalidateAll();
			}
			else {
				cache.invalidate(Long.valueOf(key));
			}
		});
	}

	@Override
	public List<Item> upcoming(long communityId, int max) {
		Instant now = clock.instant();
		// a miss is one plain statement, no Hibernate session (issue 17)
		List<Item> next = cache.get(communityId, id -> jdbc
			.sql("select id, title, starts_at, ends_at, mode from activity where community_id = ? and ends_at > ?"
					+ " order by starts_at, id limit " + KEPT)
			.params(id, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query((rs, n) -> new Item(rs.getLong(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant(),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
			.list());
		List<Item> current = next.stream().filter(i -> i.endsAt().isAfter(now)).limit(max).toList();
		if (current.size() < Math.min(max, next.size())) {
			cache.invalidate(communityId); // some have ended since: read again next time
		}
		return current;
	}

	@Override
	public String memberFeed(long communityId, long accountId) {
		return "/communities/" + communityId + "/calendar.ics?member=" + accountId + "&key="
				+ signatures.sign(feedMessage(communityId, accountId));
	}

	/**
	 * Whether the feed's link was signed for this member (whether they still are one is
	 * asked apart).
	 */
	public boolean feedSignedFor(long communityId, long accountId, String key) {
		return signatures.verify(feedMessage(communityId, accountId), key);
	}

	private static String feedMessage(long communityId, long accountId) {
		return "calendar:" + communityId + ":" + accountId;
	}

	void evict(long communityId) {
		invalidation.invalidate(TOPIC, communityId);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("activity-agenda", cache));
	}

}
