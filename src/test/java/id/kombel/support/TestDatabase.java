package id.kombel.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the tests run on: the server named by {@code KOMBEL_TEST_DB_URL} (with
 * {@code KOMBEL_TEST_DB_USER}/{@code KOMBEL_TEST_DB_PASSWORD}), in a fresh database made
 * for this run; otherwise an embedded PostgreSQL started once per test JVM.
 */
public final class TestDatabase {

	public record Connection(String url, String user, String password) {
	}

	private static Connection connection;

	private TestDatabase() {
	}

	/**
	 * The datasource properties of a test context on this database
	 * ({@code @DynamicPropertySource}).
	 */
	public static void register(org.springframework.test.context.DynamicPropertyRegistry registry) {
		Connection db = get();
		registry.add("spring.datasource.url", db::url);
		registry.add("spring.datasource.username", db::user);
		registry.add("spring.datasource.password", db::password);
		// the suite's contexts (cached side by side) share this one database on the
		// embedded index, which a cluster may not (EmbeddedIndexClaimTest)
		registry.add("kombel.search.lucene.allow-several-nodes", () -> "true");
		// a test context is asked at once by its test, not by users of a cold node: the
		// warm-up before readiness would only add seconds to each context's start
		registry.add("kombel.warm-up", () -> "0s");
		registry.add("kombel.communities.warm-up-snapshots", () -> "0");
		// a node's pool is filled to its full size at start (24); the suite caches dozens
		// of contexts side by side on one server, so each opens its connections as used
		// and lets the idle ones go
		registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
		registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = System.getenv("KOMBEL_TEST_DB_URL") != null ? fromEnvironment() : embedded();
		}
		return connection;
	}

	/**
	 * Another fresh, empty database on the same server (the several-nodes test runs its
	 * own cluster on one), dropped when the JVM ends.
	 */
	public static Connection another(String prefix) {
		Connection base = get();
		String name = prefix + "_" + System.currentTimeMillis();
		try (java.sql.Connection c = DriverManager.getConnection(base.url(), base.user(), base.password());
				Statement s = c.createStatement()) {
			s.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name, ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(base.url(), base.user(), base.password(), name)));
		return new Connection(base.url().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1"), base.user(),
				base.password());
	}

	private static Connection fromEnvironment() {
		String server = System.getenv("KOMBEL_TEST_DB_URL");
		String user = env("KOMBEL_TEST_DB_USER", "postgres");
		String password = env("KOMBEL_TEST_DB_PASSWORD", "");
		String name = "kombel_test_" + System.currentTimeMillis();
		try (java.sql.Connection c = DriverManager.getConnection(server, user, password);
				Statement s = c.createStatement()) {
			s.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database on " + server, ex);
		}
		String url = server.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, user, password, name)));
		return new Connection(url, user, password);
	}

	private static void drop(String server, String user, String password, String name) {
		try (java.sql.Connection c = DriverManager.getConnection(server, user, password);
				Statement s = c.createStatement()) {
			s.execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ex) {
			// best effort: a leftover test database harms nothing
		}
	}

	private static Connection embedded() {
		try {
			EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					pg.close();
				}
				catch (IOException ex) {
					// the JVM is ending anyway
				}
			}));
			return new Connection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot start embedded PostgreSQL", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
