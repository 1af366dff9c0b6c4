package id.kombel.shared.warmup;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * When more warming-up would gain little: over the last window the JIT compiled for less
 * than a share of it (its queue is empty: what the requests run is compiled) and the
 * warm-up's own requests are no longer getting faster (its rate in the last window is not
 * above the one before by more than a tenth). Fed samples of the clock, the JVM's total
 * compilation time and the requests answered so far, a few times a window.
 */
final class Settling {

	/** A moment of the warm-up. */
	record Sample(long nanos, long compileMillis, long requests) {
	}

	private final long window;

	private final double quietShare;

	private final Deque<Sample> samples = new ArrayDeque<>();

	/**
	 * @param windowNanos the span compared with the one before it
	 * @param quietShare compilation time per wall time below which the JIT is idle
	 */
	Settling(long windowNanos, double quietShare) {
		this.window = windowNanos;
		this.quietShare = quietShare;
	}

	/** Takes a sample; whether the warm-up has settled as of it. */
	boolean settled(Sample now) {
		samples.addLast(now);
		while (samples.size() > 2 && now.nanos() - samples.peekFirst().nanos() > 2 * window
				&& now.nanos() - second().nanos() >= 2 * window) {
			samples.removeFirst();
		}
		Sample first = samples.peekFirst();
		if (now.nanos() - first.nanos() < 2 * window) {
			return false;
		}
		Sample middle = at(now.nanos() - window);
		double spanMillis = (now.nanos() - middle.nanos()) / 1e6;
		long compiled = now.compileMillis() - middle.compileMillis();
		double recent = (now.requests() - middle.requests()) / (double) (now.nanos() - middle.nanos());
		double before = (middle.requests() - first.requests()) / (double) (middle.nanos() - first.nanos());
		return compiled <= quietShare * spanMillis && recent > 0 && recent <= before * 1.1;
	}

	private Sample second() {
		var it = samples.iterator();
		it.next();
		return it.next();
	}

	/** The latest sample taken no later than {@code nanos}. */
	private Sample at(long nanos) {
		Sample found = samples.peekFirst();
		for (Sample s : samples) {
			if (s.nanos() <= nanos) {
				found = s;
			}
		}
		return found;
	}

}
