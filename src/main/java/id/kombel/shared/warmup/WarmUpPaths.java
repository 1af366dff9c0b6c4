package id.kombel.shared.warmup;

import java.util.List;

/**
 * Pages and API answers a module asks the warm-up to read, signed in as
 * {@link WarmUpPass#USER}: the requests its users will make first, so the JIT compiles
 * their path before the node reports ready. A module declares one as a bean next to its
 * controllers (as {@code PublicPaths}); each path is read with GET only and must change
 * nothing (no counter, no rate limit, no session).
 */
public interface WarmUpPaths {

	/**
	 * Request targets (path and query, as a browser sends them), at most {@code max},
	 * read from the database at warm-up time (e.g. the communities most recently active).
	 */
	List<String> signedIn(int max);

}
