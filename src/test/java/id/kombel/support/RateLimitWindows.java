package id.kombel.support;

import java.time.Duration;

/**
 * Rate limits count in fixed windows, so tries that straddle a window's end are split
 * between two windows (the limiter allows that, see {@code RateLimiter}) and a test that
 * expects the limit after n tries would pass or fail by the clock. A test starts its
 * tries where the window has time left for all of them.
 */
public final class RateLimitWindows {

	private RateLimitWindows() {
	}

	public static void awayFromAWindowEnd(Duration window) {
		long size = window.toMillis();
		long left = size - Math.floorMod(System.currentTimeMillis(), size);
		if (left < 20_000) {
			try {
				Thread.sleep(left + 100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}
