package id.kombel.shared.cluster;

import java.util.function.Consumer;

/**
 * Evicts a cache entry on every node of the cluster. A cache whose staleness would change
 * an answer (a revoked token, a membership, an activity's state) registers its topic here
 * and announces each change; every node, this one included, evicts the key after the
 * change commits. On PostgreSQL the announcement is a {@code NOTIFY} sent with the
 * change's own transaction, so it reaches the other nodes only when the change is visible
 * to them; on the embedded H2 default (one node) it stays in the process.
 */
public interface CacheInvalidation {

	/** The key that asks a topic to drop every entry. */
	String ALL = "*";

	/**
	 * Topic of educators' schools (an educator import, a school that moved), for the
	 * caches of other modules that keep where a user's school is.
	 */
	String EDUCATOR_SCHOOLS = "educator-schools";

	/**
	 * Registers a cache: {@code evict} is called with the key of each change, or with
	 * {@link #ALL} when the node may have missed changes (its listening connection was
	 * lost) and everything must go.
	 */
	void register(String topic, Consumer<String> evict);

	/**
	 * The entry under the key changed: evicted here at once and on every node once the
	 * current transaction commits (at once when there is none).
	 */
	void invalidate(String topic, Object key);

	/**
	 * As {@link #invalidate}, but the other nodes are told a moment after the commit (at
	 * once when there is no transaction), in one notification with the other keys of that
	 * moment: for the busiest writes (a check-in), because PostgreSQL lets only one
	 * transaction that notified commit at a time, so a {@code NOTIFY} inside each
	 * check-in queued every commit, flush included, behind the one before. A node that
	 * dies between the commit and the notification leaves the others' entry to its time
	 * limit: only for entries whose staleness is that cheap.
	 */
	default void invalidateAfterCommit(String topic, Object key) {
		invalidate(topic, key);
	}

	default void invalidateAll(String topic) {
		invalidate(topic, ALL);
	}

}
