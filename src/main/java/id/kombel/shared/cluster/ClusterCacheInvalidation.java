package id.kombel.shared.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link CacheInvalidation} by PostgreSQL {@code LISTEN/NOTIFY} when the database is
 * PostgreSQL (every node already shares it: no other cluster component), in the process
 * otherwise. Why: {@code docs/decisions/several-nodes.md}.
 */
@Component
class ClusterCacheInvalidation implements CacheInvalidation, SmartLifecycle {

	static final String CHANNEL = "kombel_cache";

	private static final Logger log = LoggerFactory.getLogger(ClusterCacheInvalidation.class);

	/** The handlers registered per topic (a registry of beans, not a cache). */
	private final Map<String, List<Consumer<String>>> topics = new ConcurrentHashMap<>();

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private volatile boolean postgres;

	private volatile NotificationListener listener;

	private final BlockingQueue<String> later = new LinkedBlockingQueue<>();

	private volatile Thread sender;

	ClusterCacheInvalidation(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void register(String topic, Consumer<String> evict) {
		topics.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(evict);
	}

	@Override
	public void invalidate(String topic, Object key) {
		String k = String.valueOf(key);
		deliver(topic, k);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			evictAgainWhenDone(topic, k, () -> {
			});
		}
		if (postgres) {
			notifyOthers(topic, k);
		}
	}

	@Override
	public void invalidateAfterCommit(String topic, Object key) {
		String k = String.valueOf(key);
		deliver(topic, k);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			evictAgainWhenDone(topic, k, () -> queueForOthers(topic, k));
		}
		else {
			queueForOthers(topic, k);
		}
	}

	/**
	 * A reader between now and the commit may cache the old row again: evict once more
	 * when the transaction ends, and run {@code committed} if it committed.
	 */
	private void evictAgainWhenDone(String topic, String k, Runnable committed) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				deliver(topic, k);
				if (status == STATUS_COMMITTED) {
					committed.run();
				}
			}
		});
	}

	private void queueForOthers(String topic, String k) {
		if (postgres) {
			later.offer(topic + "|" + k);
		}
	}

	/**
	 * The sender of {@link #invalidateAfterCommit}: whatever is queued, once each, in one
	 * transaction that does not wait for its flush (a notification needs no durability: a
	 * database that crashes drops every listener, and they drop everything).
	 */
	private void sendLater() {
		while (!Thread.currentThread().isInterrupted()) {
			Set<String> payloads = new LinkedHashSet<>();
			try {
				payloads.add(later.take());
			}
			catch (InterruptedException ex) {
				return;
			}
			later.drainTo(payloads);
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				try (Statement s = c.createStatement()) {
					s.execute("set local synchronous_commit = off");
				}
				try (PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
					for (String payload : payloads) {
						notify.setString(1, CHANNEL);
						notify.setString(2, payload);
						notify.execute();
					}
				}
				c.commit();
			}
			catch (SQLException | RuntimeException ex) {
				log.warn("could not announce {} changes: {}", payloads.size(), ex.toString());
			}
		}
	}

	private void notifyOthers(String topic, String key) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// inside the writing transaction: PostgreSQL sends it at the commit, and not
			// at
			// all on a rollback
			jdbc.queryForObject("select pg_notify(?, ?)", String.class, CHANNEL, topic + "|" + key);
		}
		else if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sendNow(topic, key);
				}
			});
		}
		else {
			sendNow(topic, key);
		}
	}

	private void sendNow(String topic, String key) {
		try {
			jdbc.queryForObject("select pg_notify(?, ?)", String.class, CHANNEL, topic + "|" + key);
		}
		catch (RuntimeException ex) {
			// the database is gone: the other nodes lose their listening connection too
			// and
			// drop everything when it returns
			log.warn("could not announce a change of {} {}: {}", topic, key, ex.toString());
		}
	}

	void deliver(String topic, String key) {
		for (Consumer<String> evict : topics.getOrDefault(topic, List.of())) {
			evict.accept(key);
		}
	}

	void deliverAll() {
		topics.forEach((topic, handlers) -> handlers.forEach(h -> h.accept(ALL)));
	}

	/** Does this node listen to others (PostgreSQL) or only to itself (H2)? */
	boolean clustered() {
		return postgres;
	}

	/** Listening now (a test waits for it before it changes things on another node). */
	boolean listening() {
		return !postgres || (listener != null && listener.connected());
	}

	@Override
	public void start() {
		try (Connection c = dataSource.getConnection()) {
			postgres = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot reach the database", ex);
		}
		if (postgres) {
			listener = new NotificationListener(dataSource, CHANNEL, this);
			listener.start();
			sender = Thread.ofPlatform().name("kombel-cache-sender").daemon().start(this::sendLater);
		}
	}

	@Override
	public void stop() {
		if (sender != null) {
			sender.interrupt();
			sender = null;
		}
		if (listener != null) {
			listener.stop();
			listener = null;
		}
	}

	@Override
	public boolean isRunning() {
		return listener != null;
	}

	@Override
	public int getPhase() {
		// before the web server takes requests, after the data source
		return Integer.MIN_VALUE + 1000;
	}

}
