package id.kombel.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Nodes started together on an empty database seed the demo one at a time: on PostgreSQL
 * each seeding step holds a session advisory lock (on its own connection) and asks again
 * inside it whether the data is there, so the second node waits for the first and then
 * finds it. The embedded H2 database has one node only.
 */
@Component
class DemoLock {

	/** Any number of Kombel's own: "kombel-demo" in ASCII. */
	private static final long KEY = 0x6b6f6d62656c64L;

	private final DataSource dataSource;

	DemoLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	void run(Runnable seeding) {
		try (Connection c = dataSource.getConnection()) {
			if (!"PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
				seeding.run();
				return;
			}
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				s.execute("select pg_advisory_lock(" + KEY + ")");
			}
			try {
				seeding.run();
			}
			finally {
				try (Statement s = c.createStatement()) {
					s.execute("select pg_advisory_unlock(" + KEY + ")");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot take the demo seeding lock", ex);
		}
	}

}
