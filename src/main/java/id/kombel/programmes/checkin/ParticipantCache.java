package id.kombel.programmes.checkin;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The tickets of an event in memory while its doors are open: a venue checks in hundreds
 * of people within minutes, each check-in then costs one insert and no lookup. Evicted
 * when participants are added to the event.
 */
@Component
class ParticipantCache {

	record Entry(long id, String name) {
	}

	private final Cache<Long, Map<String, Entry>> byEvent = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterAccess(Duration.ofMinutes(30))
		.build();

	private final JdbcClient jdbc;

	ParticipantCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	void evict(long eventId) {
		byEvent.invalidate(eventId);
	}

}
