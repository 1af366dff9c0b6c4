package id.kombel.communities.community;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.shared.cluster.LocalCaches;

/**
 * The cards of the asker's own communities on the community list ("my communities": role
 * and status shown) as rendered HTML, per community: each under exactly what it shows
 * (language, name, state, role, status), so a card is never served for data it was not
 * rendered from. Evicted with the community's snapshot on every node (its topic), which
 * frees a changed community's cards at once; sized by memory
 * ({@code kombel.communities.card-cache}, 16 MB). The list's other cards are filled in a
 * stencil ({@link CardStencil}).
 */
@Component
class ListCards implements MeterBinder {

	/** A community's cards: HTML by what it was rendered from. */
	private record Cards(Map<List<Object>, String> byShown) {

		int weight() {
			return 100 + byShown.values().stream().mapToInt(html -> 300 + 2 * html.length()).sum();
		}

	}

	/**
	 * Variants a community keeps (languages, states, roles): past it, it starts again.
	 */
	private static final int VARIANTS = 8;

	private final Cache<Long, Cards> cache;

	ListCards(CacheInvalidation invalidation, @Value("${kombel.communities.card-cache:16MB}") DataSize size) {
		this.cache = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((Long id, Cards cards) -> cards.weight())
			.recordStats()
			.build();
		CommunitySnapshots.onEviction(invalidation, cache::invalidate, cache::invalidateAll);
	}

	/**
	 * The card of each community, in order: {@code id} says whose it is, {@code shown}
	 * what it shows (its key), {@code render} renders the missing ones, all in one call,
	 * in the order given.
	 */
	<T> List<String> cards(List<T> communities, ToLongFunction<T> id, Function<T, List<Object>> shown,
			Function<List<T>, List<String>> render) {
		List<String> html = new ArrayList<>(communities.size());
		List<T> missing = new ArrayList<>();
		List<List<Object>> keys = new ArrayList<>(communities.size());
		for (T c : communities) {
			List<Object> key = shown.apply(c);
			keys.add(key);
			Cards cards = cache.getIfPresent(id.applyAsLong(c));
			String card = cards == null ? null : cards.byShown().get(key);
			html.add(card);
			if (card == null) {
				missing.add(c);
			}
		}
		if (missing.isEmpty()) {
			return html;
		}
		List<String> rendered = render.apply(missing);
		int next = 0;
		for (int i = 0; i < html.size(); i++) {
			if (html.get(i) == null) {
				String card = rendered.get(next++);
				html.set(i, card);
				keep(id.applyAsLong(communities.get(i)), keys.get(i), card);
			}
		}
		return html;
	}

	/** Whether any card of the community is kept (for tests). */
	boolean holds(long id) {
		return cache.getIfPresent(id) != null;
	}

	private void keep(long id, List<Object> key, String card) {
		cache.asMap().compute(id, (k, cards) -> {
			Map<List<Object>, String> byShown = cards == null || cards.byShown().size() >= VARIANTS ? new HashMap<>()
					: new HashMap<>(cards.byShown());
			byShown.put(key, card);
			return new Cards(Map.copyOf(byShown));
		});
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("community-cards", cache));
	}

}
