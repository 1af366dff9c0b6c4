package id.kombel.communities.community;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.communities.CommunityCard;
import id.kombel.communities.CommunityKind;
import id.kombel.communities.CommunityView;
import id.kombel.communities.health.CommunityHealth;
import id.kombel.shared.Level;
import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.shared.cluster.LocalCaches;

/**
 * What the community list's cards show, per community: from its snapshot when that is
 * cached, else from a small row kept here (its name, kind, levels, last activity and
 * active members), the missing ones of a page read in one statement. A list in spread
 * traffic reads twenty communities nobody opened lately: as snapshots that was four
 * statements carrying their people, goals and cycles, and it pushed the community pages'
 * snapshots out of the cache (issue 17). Evicted with the snapshot on every node (its
 * topic: any write to the community or its memberships); sized by memory
 * ({@code kombel.communities.card-row-cache}, 16 MB: some 80,000 communities).
 */
@Component
public class CommunityCards implements MeterBinder {

	/** A card's data as read; its state follows from the last activity and the clock. */
	private record Row(long id, String name, CommunityKind kind, List<Level> levels, Instant lastActivityAt,
			long members) {

		int weight() {
			return 120 + 2 * name.length() + 16 * levels.size();
		}

	}

	private final Cache<Long, Row> rows;

	private final EvictionStripes evictions = new EvictionStripes();

	private final CommunitySnapshots snapshots;

	private final JdbcClient jdbc;

	private final CommunityHealth health;

	private final Clock clock;

	CommunityCards(CommunitySnapshots snapshots, JdbcClient jdbc, CommunityHealth health, Clock clock,
			CacheInvalidation invalidation, @Value("${kombel.communities.card-row-cache:16MB}") DataSize size) {
		this.snapshots = snapshots;
		this.jdbc = jdbc;
		this.health = health;
		this.clock = clock;
		this.rows = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((Long id, Row row) -> row.weight())
			.recordStats()
			.build();
		CommunitySnapshots.onEviction(invalidation, id -> {
			evictions.evicted(id);
			rows.invalidate(id);
		}, () -> {
			evictions.evictedAll();
			rows.invalidateAll();
		});
	}

	/**
	 * The cards of these communities in their order, leaving out those that do not exist.
	 */
	public List<CommunityCard> cards(List<Long> ids) {
		Map<Long, Row> found = new LinkedHashMap<>();
		Map<Long, Long> missing = new HashMap<>();
		for (long id : ids) {
			Row row = snapshots.cached(id).map(s -> row(s.base())).orElseGet(() -> rows.getIfPresent(id));
			found.put(id, row);
			if (row == null) {
				missing.put(id, evictions.mark(id));
			}
		}
		if (!missing.isEmpty()) {
			// a writing transaction may see what it has not committed yet
			boolean keep = !TransactionSynchronizationManager.isActualTransactionActive();
			read(missing.keySet()).forEach(row -> {
				found.put(row.id(), row);
				if (keep && evictions.unchangedSince(row.id(), missing.get(row.id()))) {
					rows.put(row.id(), row);
				}
			});
		}
		Instant now = clock.instant();
		List<CommunityCard> cards = new ArrayList<>(ids.size());
		for (Row row : found.values()) {
			if (row != null) {
				cards.add(new CommunityCard(row.id(), row.name(), row.kind(), row.levels(),
						health.state(row.lastActivityAt(), now), row.members()));
			}
		}
		return cards;
	}

	/** As the snapshot counts its members: the active ones. */
	private List<Row> read(Collection<Long> ids) {
		return jdbc.sql("""
				select c.id, c.name, c.kind, c.levels, c.last_activity_at,
				       (select count(*) from membership m where m.community_id = c.id and m.status = 'ACTIVE')
				from community c where c.id in (:ids)""").param("ids", ids).query((rs, n) -> {
			OffsetDateTime last = rs.getObject(5, OffsetDateTime.class);
			return new Row(rs.getLong(1), rs.getString(2), CommunityKind.valueOf(rs.getString(3)),
					SnapshotReader.split(rs.getString(4)).stream().map(Level::valueOf).toList(),
					last == null ? null : last.toInstant(), rs.getLong(6));
		}).list();
	}

	private static Row row(CommunityView base) {
		return new Row(base.id(), base.name(), base.kind(), base.levels(), base.lastActivityAt(), base.memberCount());
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("community-card-rows", rows));
	}

}
