package id.kombel.monitoring.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Participations (check-ins above all) on their way into the read model. A room checks in
 * within minutes and a province's area rows are the same for all of it: written once per
 * check-in they were a queue of row locks and commits that every check-in of the province
 * waited in, holding a second connection. So the request only notes who took part; every
 * {@code kombel.monitoring.participation-flush} (1 s) one transaction writes what was
 * noted, well within the 5 s in which a check-in must show in the figures. A batch that
 * fails is kept for the next; one lost with its node (killed within that second) is
 * mended by a rebuild, as is any listener's failure.
 */
@Component
public class Participations implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Participations.class);

	/** Bounds the memory a database outage may fill; beyond it a rebuild mends. */
	static final int MAX_PENDING = 500_000;

	/** One member's latest participation in one community. */
	public record Participation(long communityId, long accountId, Instant at) {
	}

	private record Key(long communityId, long accountId) {
	}

	private final Map<Key, Instant> pending = new ConcurrentHashMap<>();

	private final ReadModel model;

	private final Duration every;

	private volatile ScheduledExecutorService flusher;

	Participations(ReadModel model, @Value("${kombel.monitoring.participation-flush:PT1S}") Duration every) {
		this.model = model;
		this.every = every;
	}

	void note(long communityId, long accountId, Instant at) {
		if (pending.size() >= MAX_PENDING) {
			log.warn("monitoring: {} participations wait for the database; dropping one (a rebuild mends it)",
					pending.size());
			return;
		}
		pending.merge(new Key(communityId, accountId), at, (a, b) -> a.isAfter(b) ? a : b);
	}

	/** Writes what was noted so far (the flusher's run; a test's "now"). */
	public synchronized void flush() {
		if (pending.isEmpty()) {
			return;
		}
		List<Participation> taken = new ArrayList<>();
		for (Key key : List.copyOf(pending.keySet())) {
			Instant at = pending.remove(key);
			if (at != null) {
				taken.add(new Participation(key.communityId(), key.accountId(), at));
			}
		}
		try {
			model.participated(taken);
		}
		catch (RuntimeException ex) {
			log.warn("monitoring: {} participations not written yet, tried again: {}", taken.size(), ex.toString());
			taken.forEach(p -> note(p.communityId(), p.accountId(), p.at()));
		}
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException ex) {
			log.warn("monitoring: participation flush failed: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("kombel-participations").daemon().factory());
		executor.scheduleWithFixedDelay(this::flushQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
		flusher = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = flusher;
		flusher = null;
		if (executor != null) {
			executor.shutdown();
			try {
				executor.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		// what the last second noted, before the data source closes
		flushQuietly();
	}

	@Override
	public boolean isRunning() {
		return flusher != null;
	}

	@Override
	public int getPhase() {
		// stopped after the web server, so the last requests' check-ins are written
		return Integer.MIN_VALUE + 2000;
	}

}
