package id.kombel.communities.community;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Evictions counted per stripe of ids, so that a read overtaken by an eviction (perhaps
 * of a change the read did not see) is not kept in a cache.
 */
final class EvictionStripes {

	private static final int STRIPES = 256;

	private final AtomicLongArray evictions = new AtomicLongArray(STRIPES);

	/** Taken before a read of the id. */
	long mark(long id) {
		return evictions.get(stripe(id));
	}

	/** Whether nothing of the id's stripe was evicted since {@code mark}. */
	boolean unchangedSince(long id, long mark) {
		return evictions.get(stripe(id)) == mark;
	}

	void evicted(long id) {
		evictions.incrementAndGet(stripe(id));
	}

	void evictedAll() {
		for (int i = 0; i < STRIPES; i++) {
			evictions.incrementAndGet(i);
		}
	}

	private static int stripe(long id) {
		return (int) (id & (STRIPES - 1));
	}

}
