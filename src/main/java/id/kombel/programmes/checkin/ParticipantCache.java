package id.kombel.programmes.checkin;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.shared.cluster.LocalCaches;
import id.kombel.shared.cluster.CacheInvalidation;

/**
 * The tickets of an event in memory while its doors are open: a venue checks in hundreds
 * of people within minutes, each check-in then costs one insert and no lookup. Evicted on
 * every node when participants are added to the event.
 */
@Component
class ParticipantCache implements MeterBinder {

	record Entry(long id, String name) {
	}

	private final Cache<Long, Map<String, Entry>> byEvent = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.recordStats()
		.build();

	private final JdbcClient jdbc;

	private static final String TOPIC = "event-participants";

	private final CacheInvalidation invalidation;

	ParticipantCache(JdbcClient jdbc, CacheInvalidation invalidation) {
		this.jdbc = jdbc;
		this.invalidation = invalidation;
		invalidation.register(TOPIC, key -> {
			if (CacheInvalidation.ALL.equals(key)) {
				byEvent.invalidateAll();
			}
			else {
				byEvent.invalidate(Long.valueOf(key));
			}
		});
	}

	Map<String, Entry> tickets(long eventId) {
		return byEvent.get(eventId, id -> {
			Map<String, Entry> map = new HashMap<>();
			jdbc.sql("select id, name, ticket_code from participant where event_id = :e")
				.param("e", id)
				.query((rs, n) -> map.put(rs.getString("ticket_code"),
						new Entry(rs.getLong("id"), rs.getString("name"))))
				.list();
			return Map.copyOf(map);
		});
	}

	/** On every node, once the change commits. */
	void evict(long eventId) {
		invalidation.invalidate(TOPIC, eventId);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("event-participants", byEvent));
	}

}
