package id.kombel.communities.community;

import java.util.Map;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.shared.cluster.LocalCaches;
import id.kombel.shared.PageResult;
import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.shared.web.NotFoundException;
import id.kombel.communities.health.CommunityHealth;
import id.kombel.communities.CommunityView;
import id.kombel.communities.cycle.CycleView;
import id.kombel.communities.GoalView;
import id.kombel.communities.MemberStatus;
import id.kombel.communities.MemberView;

/**
 * Community snapshots kept in memory, because a community is read on every page of its
 * members and changes rarely. Any write to a community, its memberships, goals or cycles
 * evicts its snapshot on every node ({@link CacheInvalidation}: now, and again after the
 * commit, so no reader caches what was not committed); the time limit only bounds how old
 * a participation figure computed from the clock may get.
 */
@Component
public class CommunitySnapshots implements MeterBinder {

	/**
	 * Sized by memory ({@code kombel.communities.snapshot-cache}, 64 MB: some 40,000
	 * communities of 15 members), not by count: a community of 300 members weighs as much
	 * as twenty small ones.
	 */
	private final Cache<Long, CommunitySnapshot> cache;

	/**
	 * Ids on each page of the community list, per filter: the order changes only when a
	 * community row does.
	 */
	private final Cache<CommunityQuery, PageResult<Long>> lists = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.recordStats()
		.build();

	/**
	 * The communities each account belongs to (active or pending), for the "my
	 * communities" lists.
	 */
	private final Cache<Long, List<Long>> memberOf = Caffeine.newBuilder()
		.maximumSize(50_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.recordStats()
		.build();

	static final String SNAPSHOTS = "community-snapshots";

	private final EvictionStripes evictions = new EvictionStripes();

	private static final String LISTS = "community-lists";

	private static final String MEMBER_OF = "community-member-of";

	private final CacheInvalidation invalidation;

	private final SnapshotReader reader;

	private final CommunityHealth health;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	CommunitySnapshots(SnapshotReader reader, CommunityHealth health, DataSource dataSource, Clock clock,
			CacheInvalidation invalidation,
			@Value("${kombel.communities.snapshot-cache:64MB}") DataSize snapshotCache) {
		this.reader = reader;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(snapshotCache.toBytes())
			.weigher((Long id, CommunitySnapshot s) -> s.weight())
			.expireAfterWrite(Duration.ofMinutes(10))
			.recordStats()
			.build();
		this.health = health;
		// a plain JDBC transaction: the reader uses no entities, so no JPA session is
		// opened
		this.readOnly = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		this.readOnly.setReadOnly(true);
		this.clock = clock;
		this.invalidation = invalidation;
		onEviction(invalidation, id -> {
			evictions.evicted(id);
			cache.invalidate(id);
		}, () -> {
			evictions.evictedAll();
			cache.invalidateAll();
		});
		register(invalidation, LISTS, lists, null);
		register(invalidation, MEMBER_OF, memberOf, Long::valueOf);
	}

	/**
	 * Runs {@code one} for each community whose snapshot is evicted on any node, and
	 * {@code all} when every snapshot is: for what is kept beside the snapshots.
	 */
	static void onEviction(CacheInvalidation invalidation, java.util.function.LongConsumer one, Runnable all) {
		invalidation.register(SNAPSHOTS, k -> {
			if (CacheInvalidation.ALL.equals(k)) {
				all.run();
			}
			else {
				one.accept(Long.parseLong(k));
			}
		});
	}

	/** The community's snapshot (404 when it does not exist). */
	public CommunitySnapshot get(long id) {
		CommunitySnapshot snapshot = getAll(List.of(id)).get(id);
		if (snapshot == null) {
			throw new NotFoundException("community " + id);
		}
		return snapshot;
	}

	/**
	 * The snapshots of these communities, by id in their order, leaving out those that do
	 * not exist: the cached ones, and all the others read together in four statements on
	 * one connection (a page of the community list).
	 */
	public Map<Long, CommunitySnapshot> getAll(Collection<Long> ids) {
		Map<Long, CommunitySnapshot> found = new LinkedHashMap<>();
		Map<Long, Long> missing = new LinkedHashMap<>();
		for (long id : ids) {
			CommunitySnapshot cached = cache.getIfPresent(id);
			found.put(id, cached);
			if (cached == null) {
				missing.put(id, evictions.mark(id));
			}
		}
		if (!missing.isEmpty()) {
			// inside a caller's transaction the reader joins it; otherwise one read-only
			// connection for the four statements
			boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
			Map<Long, CommunitySnapshot> loaded = inTransaction ? loadAll(missing.keySet())
					: readOnly.execute(status -> loadAll(missing.keySet()));
			// a writing transaction may see what it has not committed yet
			boolean keep = !inTransaction || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
			loaded.forEach((id, snapshot) -> {
				found.put(id, snapshot);
				// an eviction that arrived while this was read may be of a change the
				// read did not see: then it is not kept
				if (keep && evictions.unchangedSince(id, missing.get(id))) {
					cache.put(id, snapshot);
				}
			});
		}
		found.values().removeIf(java.util.Objects::isNull);
		return found;
	}

	public Optional<CommunitySnapshot> cached(long id) {
		return Optional.ofNullable(cache.getIfPresent(id));
	}

	public PageResult<Long> list(CommunityQuery query, Supplier<PageResult<Long>> search) {
		PageResult<Long> cached = lists.getIfPresent(query);
		if (cached != null) {
			return cached;
		}
		PageResult<Long> found = search.get();
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			lists.put(query, found);
		}
		return found;
	}

	public List<Long> communitiesOf(long accountId) {
		List<Long> cached = memberOf.getIfPresent(accountId);
		if (cached != null) {
			return cached;
		}
		List<Long> ids = reader.communitiesOf(accountId);
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			memberOf.put(accountId, ids);
		}
		return ids;
	}

	void evictAccount(long accountId) {
		invalidation.invalidate(MEMBER_OF, accountId);
	}

	/**
	 * A community row was written: its snapshot goes, and so do the lists it may sort
	 * into.
	 */
	void evictWithLists(long id) {
		evict(id);
		invalidation.invalidateAll(LISTS);
	}

	public void evict(long id) {
		invalidation.invalidate(SNAPSHOTS, id);
	}

	/**
	 * A member's latest participation changed (a check-in): the snapshot goes here at
	 * once, on the other nodes a moment after the commit; a node lost in between leaves
	 * them a participation date up to the time limit old.
	 */
	public void evictParticipation(long id) {
		invalidation.invalidateAfterCommit(SNAPSHOTS, id);
	}

	private static <K> void register(CacheInvalidation invalidation, String topic, Cache<K, ?> cache,
			Function<String, K> key) {
		invalidation.register(topic, k -> {
			if (CacheInvalidation.ALL.equals(k)) {
				cache.invalidateAll();
			}
			else if (key != null) {
				cache.invalidate(key.apply(k));
			}
		});
	}

	private CommunitySnapshot load(long id) {
		return loadAll(List.of(id)).get(id);
	}

	/** The snapshots of those of these communities that exist, in four statements. */
	private Map<Long, CommunitySnapshot> loadAll(Collection<Long> ids) {
		Map<Long, SnapshotReader.Row> rows = reader.communities(ids);
		Map<Long, CommunitySnapshot> loaded = new HashMap<>();
		if (rows.isEmpty()) {
			return loaded;
		}
		Map<Long, List<MemberView>> members = reader.members(rows.keySet());
		Map<Long, List<GoalView>> goals = reader.goals(rows.keySet());
		Map<Long, List<CycleView>> cycles = reader.cycles(rows.keySet());
		Instant now = clock.instant();
		rows.forEach((id, c) -> loaded.put(id, snapshot(c, members.getOrDefault(id, List.of()),
				goals.getOrDefault(id, List.of()), cycles.getOrDefault(id, List.of()), now)));
		return loaded;
	}

	private CommunitySnapshot snapshot(SnapshotReader.Row c, List<MemberView> members, List<GoalView> goals,
			List<CycleView> allCycles, Instant now) {
		Optional<CycleView> cycle = allCycles.stream().findFirst();
		List<MemberView> active = members.stream().filter(m -> m.status() == MemberStatus.ACTIVE).toList();
		Instant since = health.participationSince(cycle.map(CycleView::startedOn).orElse(null), now);
		long participated = active.stream()
			.filter(m -> m.lastParticipatedAt() != null && !m.lastParticipatedAt().isBefore(since))
			.count();
		double participation = active.isEmpty() ? 0 : (double) participated / active.size();
		CommunityView base = new CommunityView(c.id(), c.name(), c.kind(), c.description(), c.meetingNorm(),
				c.joinPolicy(), c.levels(), c.subjects(), c.regionCode(), c.homeSchoolId(),
				health.state(c.lastActivityAt(), now), participation, active.size(), c.createdAt(), c.lastActivityAt(),
				c.stepsDone(), null, null, null);
		return new CommunitySnapshot(base, members,
				members.stream().collect(Collectors.toMap(MemberView::accountId, Function.identity(), (a, b) -> a)),
				goals, cycle, allCycles, c.certificateHours());
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of(SNAPSHOTS, cache, LISTS, lists, MEMBER_OF, memberOf));
	}

}
