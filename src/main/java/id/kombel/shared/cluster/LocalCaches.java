package id.kombel.shared.cluster;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The one way a node's own caches are built: bounded, timed, and counting hits, misses,
 * evictions and size, so that {@code /actuator/prometheus} shows each one
 * ({@code cache_gets_total{cache="…",result="hit|miss"}}, {@code cache_size}, ...). A
 * class that keeps caches implements
 * {@link io.micrometer.core.instrument.binder.MeterBinder} and calls {@link #monitor};
 * Spring Boot binds every such bean to the registry.
 */
public final class LocalCaches {

	private LocalCaches() {
	}

	/**
	 * A cache of at most {@code maximumSize} entries, each kept {@code ttl} after
	 * written.
	 */
	public static <K, V> Cache<K, V> of(long maximumSize, Duration ttl) {
		return Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(ttl).recordStats().build();
	}

	/** Registers caches by name (the {@code cache} tag). */
	public static void monitor(MeterRegistry registry, Map<String, Cache<?, ?>> caches) {
		caches.forEach((name, cache) -> CaffeineCacheMetrics.monitor(registry, cache, name));
	}

}
