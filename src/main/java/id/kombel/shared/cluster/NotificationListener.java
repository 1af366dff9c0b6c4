package id.kombel.shared.cluster;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection per node that {@code LISTEN}s to the cache channel and hands each
 * notification to the registered caches. When the connection is lost (database restart,
 * outage) it reconnects every second and, once listening again, has every cache drop
 * everything: notifications sent in between are gone.
 */
class NotificationListener implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

	private final DataSource dataSource;

	private final String channel;

	private final ClusterCacheInvalidation caches;

	private final Thread thread;

	private volatile boolean running = true;

	private volatile boolean connected;

	NotificationListener(DataSource dataSource, String channel, ClusterCacheInvalidation caches) {
		this.dataSource = dataSource;
		this.channel = channel;
		this.caches = caches;
		this.thread = Thread.ofPlatform().name("kombel-cache-listener").daemon().unstarted(this);
	}

	void start() {
		thread.start();
	}

	void stop() {
		running = false;
		thread.interrupt();
	}

	boolean connected() {
		return connected;
	}

	@Override
	public void run() {
		boolean first = true;
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement listen = connection.createStatement()) {
					listen.execute("LISTEN " + channel);
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				connected = true;
				if (!first) {
					log.info("listening to cache changes again; dropping what may have been missed");
					caches.deliverAll();
				}
				first = false;
				long quiet = 0;
				while (running) {
					// blocks up to half a second on the socket; a closed connection
					// throws
					PGNotification[] received = pg.getNotifications(500);
					if (received != null && received.length > 0) {
						quiet = 0;
						for (PGNotification n : received) {
							dispatch(n.getParameter());
						}
					}
					else if (++quiet % 20 == 0 && !connection.isValid(2)) {
						// a database host that went silent closes nothing: ask every ten
						// seconds
						break;
					}
				}
			}
			catch (Exception ex) {
				if (running) {
					log.warn("cache listener lost the database: {}", ex.toString());
				}
			}
			if (connected) {
				connected = false;
				first = false;
			}
			pause();
		}
	}

	private void dispatch(String payload) {
		int bar = payload.indexOf('|');
		if (bar > 0) {
			caches.deliver(payload.substring(0, bar), payload.substring(bar + 1));
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
