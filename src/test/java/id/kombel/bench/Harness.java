package id.kombel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the wrk benchmarks share: the database on the benchmark server (made when missing,
 * kept between runs), request files for {@code bench/requests.lua}, bearer tokens for the
 * accounts the requests sign in as, and the rows of the results table.
 */
final class Harness {

	static final String SERVER = System.getenv()
		.getOrDefault("KOMBEL_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	static final String USER = System.getenv().getOrDefault("KOMBEL_BENCH_DB_USER", "postgres");

	static final String PASSWORD = System.getenv().getOrDefault("KOMBEL_BENCH_DB_PASSWORD", "");

	static final String DURATION = System.getenv().getOrDefault("KOMBEL_BENCH_DURATION", "30s");

	/** The table heading of every wrk benchmark's results. */
	static final String HEADING = "| Scenario | Requests/s | Median ms | p90 ms | p99 ms | Max ms | Responses |\n"
			+ "|---|---:|---:|---:|---:|---:|---|";

	private Harness() {
	}

	/**
	 * The datasource of the benchmark's context: the database {@code name} on the
	 * benchmark server, made when missing; a kept dataset may predate migrations merged
	 * since, so they run out of order.
	 */
	static void database(DynamicPropertyRegistry registry, String name) {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("A database name must be plain lower case: " + name);
		}
		try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement s = c.createStatement();
				ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
			if (!r.next()) {
				s.execute("create database " + name);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the benchmark database server " + SERVER, ex);
		}
		registry.add("spring.datasource.url", () -> SERVER.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1"));
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
		registry.add("spring.flyway.out-of-order", () -> "true");
	}

	/** A request file: one {@code METHOD<TAB>PATH<TAB>TOKEN[<TAB>BODY]} a line. */
	static Path write(Path dir, String name, List<String> requests) throws IOException {
		Path file = dir.resolve(name + ".tsv");
		Files.write(file, requests, StandardCharsets.UTF_8);
		return file;
	}

	/** One row of the results table ({@link #HEADING}). */
	static String row(String scenario, Wrk.Result r) {
		return String.format("| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %s |", scenario, r.perSecond(),
				r.p50() / 1000.0, r.p90() / 1000.0, r.p99() / 1000.0, r.max() / 1000.0, r.statuses());
	}

	/**
	 * The results table with the server's CPU per request ({@link #measure}); p95 too,
	 * the figure the portfolio page's target is set in.
	 */
	static final String CPU_HEADING = "| Scenario | Requests/s | Median ms | p90 ms | p95 ms | p99 ms | Max ms | CPU ms/request | Responses |\n"
			+ "|---|---:|---:|---:|---:|---:|---:|---:|---|";

	/** What {@link #CPU_HEADING}'s CPU column means. */
	static final String CPU_NOTE = "CPU ms/request: the server JVM's CPU time (all its threads, GC and JIT included;"
			+ " not PostgreSQL's) during the scenario divided by the requests answered.";

	/** A wrk run with the server JVM's CPU time spent during it. */
	record Measured(Wrk.Result result, double cpuMillisPerRequest) {
	}

	interface Run {

		Wrk.Result run() throws Exception;

	}

	/**
	 * Runs {@code run} and counts this JVM's CPU time meanwhile: the benchmarks serve
	 * from the JVM they run in, and wrk is another process.
	 */
	static Measured measure(Run run) throws Exception {
		var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();
		long cpu = os.getProcessCpuTime();
		Wrk.Result r = run.run();
		return new Measured(r, (os.getProcessCpuTime() - cpu) / 1e6 / Math.max(1, r.requests()));
	}

	/** One row of {@link #CPU_HEADING}'s table. */
	static String row(String scenario, Measured m) {
		Wrk.Result r = m.result();
		return String.format("| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f | %s |", scenario, r.perSecond(),
				r.p50() / 1000.0, r.p90() / 1000.0, r.p95() / 1000.0, r.p99() / 1000.0, r.max() / 1000.0,
				m.cpuMillisPerRequest(), r.statuses());
	}

	/** The bearer token the requests of {@code account} carry. */
	static String token(long account) {
		return "bench-token-" + account;
	}

	/** Stores (or renews) a day-long API token ({@link #token}) for each account. */
	static void issueTokens(DataSource dataSource, Collection<? extends Number> accounts) throws SQLException {
		String sql = "insert into api_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)"
				+ " on conflict (token_hash) do update set expires_at = excluded.expires_at, revoked_at = null";
		Instant now = Instant.now();
		try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
			int batch = 0;
			for (long account : accounts.stream().map(Number::longValue).distinct().toList()) {
				insert.setString(1, sha256(token(account)));
				insert.setLong(2, account);
				insert.setTimestamp(3, Timestamp.from(now));
				insert.setTimestamp(4, Timestamp.from(now.plus(1, ChronoUnit.DAYS)));
				insert.addBatch();
				if (++batch % 5_000 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
	}

	/** The single number a query answers. */
	static long single(Statement s, String sql) throws SQLException {
		try (ResultSet r = s.executeQuery(sql)) {
			r.next();
			return r.getLong(1);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
