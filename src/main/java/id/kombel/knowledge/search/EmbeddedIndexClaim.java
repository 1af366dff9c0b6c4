package id.kombel.knowledge.search;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index holds only what its own node saved, so on PostgreSQL (where
 * several nodes may share the database) a node on it claims the database for itself: a
 * session advisory lock held on a connection of its own for the node's life. A second
 * node on the embedded index finds the lock taken and refuses to start, naming the fix
 * (the OpenSearch backend). The lock goes with its connection, so a node that dies frees
 * it at once; a node that loses the connection takes it again when the database is back.
 * Nothing changes on H2 (one process) or on OpenSearch.
 */
@Component
class EmbeddedIndexClaim implements DisposableBean {

	/**
	 * "kluc" in ASCII: the claim's advisory lock (the low 32 bits, objid in pg_locks).
	 */
	static final long KEY = 0x6b6c7563L;

	private static final Logger log = LoggerFactory.getLogger(EmbeddedIndexClaim.class);

	private final DataSource dataSource;

	private final String name;

	private volatile Connection held;

	private volatile Thread watch;

	EmbeddedIndexClaim(DataSource dataSource, @Value("${kombel.search.backend:lucene}") String backend,
			@Value("${kombel.search.lucene.allow-several-nodes:false}") boolean allowSeveral) throws SQLException {
		this.dataSource = dataSource;
		this.name = applicationName();
		if (!"lucene".equalsIgnoreCase(backend.trim()) || allowSeveral) {
			return;
		}
		if (!onPostgres()) {
			return;
		}
		Connection c = connect();
		if (!tryLock(c)) {
			String holder = holder(c);
			c.close();
			throw new EmbeddedIndexTaken(holder);
		}
		held = c;
		watch = Thread.ofPlatform().name("kombel-index-claim").daemon().start(this::keep);
	}

	private boolean onPostgres() throws SQLException {
		if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			return hikari.getJdbcUrl().startsWith("jdbc:postgresql:");
		}
		try (Connection c = dataSource.getConnection()) {
			return "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
		}
	}

	private Connection connect() throws SQLException {
		// a connection of its own, not the pool's: it lives as long as the node
		if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
			// the pool's driver settings too (sslmode, timeouts of a managed database)
			Properties p = new Properties();
			hikari.getDataSourceProperties().forEach((k, v) -> p.setProperty(String.valueOf(k), String.valueOf(v)));
			if (hikari.getUsername() != null) {
				p.setProperty("user", hikari.getUsername());
			}
			if (hikari.getPassword() != null) {
				p.setProperty("password", hikari.getPassword());
			}
			p.setProperty("ApplicationName", name);
			p.putIfAbsent("connectTimeout", "2");
			p.putIfAbsent("tcpKeepAlive", "true");
			Connection c = DriverManager.getConnection(hikari.getJdbcUrl(), p);
			c.setAutoCommit(true);
			return c;
		}
		Connection c = dataSource.getConnection();
		c.setAutoCommit(true);
		return c;
	}

	private static boolean tryLock(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
			return r.next() && r.getBoolean(1);
		}
	}

	/** Who holds the claim, as PostgreSQL knows the session. */
	private static String holder(Connection c) {
		String sql = """
				select a.application_name, host(a.client_addr), a.backend_start from pg_locks l
				join pg_stat_activity a on a.pid = l.pid
				where l.locktype = 'advisory' and l.granted and l.classid = 0 and l.objid = ?
				and l.database = (select oid from pg_database where datname = current_database())""";
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setLong(1, KEY);
			try (ResultSet r = s.executeQuery()) {
				if (r.next()) {
					return r.getString(1) + " from " + (r.getString(2) == null ? "a local socket" : r.getString(2))
							+ ", connected since " + r.getString(3);
				}
			}
		}
		catch (SQLException ex) {
			// the refusal matters, not its detail
		}
		return "another node";
	}

	/**
	 * Every ten seconds: is the claim's connection alive? If not, take the claim again.
	 */
	private void keep() {
		while (held != null || watch != null) {
			try {
				Thread.sleep(10_000);
			}
			catch (InterruptedException ex) {
				return;
			}
			Connection c = held;
			if (c == null) {
				return;
			}
			try {
				if (c.isValid(2)) {
					continue;
				}
			}
			catch (SQLException ex) {
				// lost: take it again below
			}
			reclaim(c);
		}
	}

	private void reclaim(Connection lost) {
		try {
			lost.close();
		}
		catch (SQLException ex) {
			// already gone
		}
		try {
			Connection c = connect();
			if (tryLock(c)) {
				held = c;
				log.info("Embedded search index: claim on the database taken again after a lost connection");
			}
			else {
				log.error(
						"Embedded search index: while this node was cut off from the database, {} took the claim. "
								+ "Two nodes now search their own embedded indexes; stop one, and run several nodes on "
								+ "OpenSearch (kombel.search.backend=elasticsearch; README, 'Running several nodes')",
						holder(c));
				c.close();
			}
		}
		catch (SQLException ex) {
			log.warn("Embedded search index: the database is still unreachable ({}); trying again", ex.toString());
		}
	}

	@Override
	public void destroy() {
		Connection c = held;
		held = null;
		Thread t = watch;
		watch = null;
		if (t != null) {
			t.interrupt();
		}
		if (c != null) {
			try (c) {
				// closing the session frees its advisory lock
			}
			catch (SQLException ex) {
				// the lock goes with the session either way
			}
		}
	}

	private static String applicationName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			host = "unknown host";
		}
		String n = "kombel lucene " + host + " pid " + ProcessHandle.current().pid();
		return n.length() > 63 ? n.substring(0, 63) : n;
	}

	/**
	 * The start-up refusal; {@link EmbeddedIndexTakenAnalyzer} explains it to the
	 * operator.
	 */
	static final class EmbeddedIndexTaken extends IllegalStateException {

		private final String holder;

		EmbeddedIndexTaken(String holder) {
			super("Another node on this PostgreSQL database (" + holder + ") already uses the embedded Lucene "
					+ "search index. An embedded index holds only what its own node saved: a second node would serve "
					+ "a stale, partial index. Run several nodes on OpenSearch: start every node with "
					+ "--kombel.search.backend=elasticsearch --kombel.search.uris=https://<opensearch-host>:9200 "
					+ "(README, 'Running several nodes'), or stop the other node.");
			this.holder = holder;
		}

		String holder() {
			return holder;
		}

	}

}
