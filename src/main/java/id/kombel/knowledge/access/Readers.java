package id.kombel.knowledge.access;

import java.util.Map;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.shared.cluster.LocalCaches;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityView;
import id.kombel.communities.MemberRole;
import id.kombel.communities.MemberStatus;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.knowledge.item.Codes;

/**
 * Builds the {@link Reader} of an account from its scope, its school and its communities.
 */
@Component
public class Readers implements MeterBinder {

	private final Communities communities;

	/**
	 * The regions of each account's school: read on every search, changed only when a
	 * teacher moves school or a school moves; both evict on every node
	 * ({@link CacheInvalidation#EDUCATOR_SCHOOLS}).
	 */
	private final Cache<Long, Set<String>> homes = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.recordStats()
		.build();

	Readers(Communities communities, CacheInvalidation invalidation) {
		this.communities = communities;
		invalidation.register(CacheInvalidation.EDUCATOR_SCHOOLS, key -> homes.invalidateAll());
	}

	/**
	 * The reader behind a request; {@code null} (nobody signed in, on a public page)
	 * reads public items only.
	 */
	public Reader of(KombelUser user) {
		if (user == null) {
			return Reader.PUBLIC_ONLY;
		}
		if (user.isAdmin()) {
			return new Reader(user.accountId(), true, Set.of(), Set.of(), Set.of(), Set.of());
		}
		Set<String> home = home(user);
		Set<String> areas = user.scope().areas().stream().map(Area::regionCode).collect(Collectors.toSet());
		Set<Long> member = new HashSet<>();
		Set<Long> facilitated = new HashSet<>();
		for (CommunityView c : communities.mine(user)) {
			if (c.myStatus() == MemberStatus.ACTIVE) {
				member.add(c.id());
				if (c.myRole() == MemberRole.FACILITATOR) {
					facilitated.add(c.id());
				}
			}
		}
		return new Reader(user.accountId(), false, home, areas, member, facilitated);
	}

	/**
	 * The reader as far as the items of one community need: of the reader's communities
	 * only whether they are an active member (and facilitator) of this one, as its view
	 * says, so no look-up of all their communities; it sees every item of that community
	 * exactly as {@link #of(KombelUser)} would.
	 */
	public Reader of(KombelUser user, CommunityView community) {
		if (user == null || user.isAdmin()) {
			return of(user);
		}
		boolean member = community.myStatus() == MemberStatus.ACTIVE;
		Set<Long> mine = member ? Set.of(community.id()) : Set.of();
		Set<Long> facilitated = member && community.myRole() == MemberRole.FACILITATOR ? mine : Set.of();
		Set<String> areas = user.scope().areas().stream().map(Area::regionCode).collect(Collectors.toSet());
		return new Reader(user.accountId(), false, home(user), areas, mine, facilitated);
	}

	private Set<String> home(KombelUser user) {
		return homes.get(user.accountId(),
				id -> communities.homeDistrictOf(user).map(d -> Set.copyOf(Codes.prefixes(d))).orElse(Set.of()));
	}

	/**
	 * The user's home regency (first two levels of their school's district), when known.
	 */
	String homeRegency(KombelUser user) {
		if (user == null) {
			return null;
		}
		return communities.homeSchoolOf(user).map(s -> s.regencyCode()).orElse(null);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("knowledge-reader-homes", homes));
	}

}
