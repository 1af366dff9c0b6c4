package id.kombel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Monitoring on a {@link NationalDataset} database named by {@code KOMBEL_BENCH_DB_NAME}
 * (default {@code kombel_bench_national}; generated at {@code KOMBEL_BENCH_SCALE} when
 * missing, reused when present): the read model built from empty on the application's
 * first start (the rebuild the issue times), then the national and a province summary
 * (administrator) and a regency's summary and community list (its office) at 16
 * connections (targets: p95 under 50 ms), and how long a check-in takes to show in the
 * figures. Past activities are marked announced first (the held-activity job would
 * otherwise announce millions). Not a test: run {@code ./bench/monitoring.sh}; results in
 * {@code target/benchmarks/monitoring.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kombel.demo=false", "kombel.data-dir=target/bench-data",
				"kombel.search.rebuild-when-stale=false", "logging.level.root=WARN", "logging.level.id.kombel=WARN" })
class MonitoringBenchmark {

	private static final String SERVER = System.getenv()
		.getOrDefault("KOMBEL_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = System.getenv().getOrDefault("KOMBEL_BENCH_DB_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("KOMBEL_BENCH_DB_PASSWORD", "");

	private static final String DATABASE = System.getenv()
		.getOrDefault("KOMBEL_BENCH_DB_NAME", "kombel_bench_national");

	private static final String DURATION = System.getenv().getOrDefault("KOMBEL_BENCH_DURATION", "30s");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws Exception {
		String url = SERVER.replaceFirst("/[^/?]*(\\?.*)?$", "/" + DATABASE + "$1");
		boolean present;
		try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement s = c.createStatement();
				ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
			present = r.next();
		}
		if (present) {
			try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
					Statement s = c.createStatement();
					ResultSet r = s.executeQuery(
							"select to_regclass('community') is not null" + " and exists (select 1 from community)")) {
				present = r.next() && r.getBoolean(1);
			}
		}
		if (!present) {
			NationalDataset.main(new String[0]);
		}
		try (Connection c = DriverManager.getConnection(url, USER, PASSWORD); Statement s = c.createStatement()) {
			VACUUMS.putAll(vacuums(c));
			s.execute("update activity set held_announced = true where held_announced = false and starts_at <= now()");
			// an empty read model: the first start builds it (and the benchmark times it)
			s.execute("delete from shedlock where name = 'monitoring-rebuild'");
			s.execute("do $$ begin if to_regclass('mon_build') is not null then delete from mon_build; end if; end $$");
		}
		STARTED.set(System.nanoTime());
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	private static final java.util.concurrent.atomic.AtomicLong STARTED = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * The tables the rebuild vacuums once it has committed (BulkLoad.vacuumAfterCommit).
	 */
	private static final List<String> VACUUMED = List.of("mon_community", "mon_member", "mon_activity");

	/** Their manual vacuums before the start. */
	private static final java.util.Map<String, Long> VACUUMS = new java.util.concurrent.ConcurrentHashMap<>();

	@Test
	void monitoring() throws Exception {
		double startSeconds = (System.nanoTime() - STARTED.get()) / 1e9;
		// the rebuild on start vacuums its tables in the background once committed:
		// measured
		// beside that vacuum (4.5 M member rows), a run shows the vacuum, not the
		// dashboards
		String vacuum = awaitVacuum();
		Path dir = Files.createDirectories(Path.of("target/benchmarks"));
		String regency;
		String province;
		String built;
		String size;
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			try (ResultSet r = s.executeQuery(
					"select regency_code from community group by regency_code order by count(*) desc limit 1")) {
				r.next();
				regency = r.getString(1);
				province = regency.substring(0, 2);
			}
			try (ResultSet r = s.executeQuery("select millis from mon_build")) {
				built = r.next() ? String.format("%.1f s", r.getLong(1) / 1000.0) : "not built on start";
			}
			try (ResultSet r = s.executeQuery("select (select count(*) from school), (select count(*) from educator),"
					+ " (select count(*) from community), (select count(*) from activity),"
					+ " (select count(*) from attendance), pg_size_pretty(pg_database_size(current_database())),"
					+ " (select count(*) from mon_area)")) {
				r.next();
				size = String.format(
						"%,d schools, %,d educators, %,d communities, %,d activities, %,d attendance rows;"
								+ " %s on disk; %,d per-area rows",
						r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getString(6),
						r.getLong(7));
			}
			// an administrator (account 1) and the office of the busiest regency (account
			// 2)
			s.execute("delete from account_role where account_id in (1, 2) and role in ('ADMIN', 'REGENCY_OFFICE')");
			s.execute("insert into account_role (account_id, role) values (1, 'ADMIN')");
			s.execute("insert into account_role (account_id, role, region_code) values (2, 'REGENCY_OFFICE', '"
					+ regency + "')");
			issueTokens(c, 1, 2);
		}
		CheckInProbe probe = new CheckInProbe(dataSource, port);
		probe.prepare(province);
		List<String> rows = new ArrayList<>();
		Path nation = write(dir, "mon-nation", List.of("GET\t/api/v1/monitoring/summary\tmon-bench-1"));
		Path provinceSummary = write(dir, "mon-province",
				List.of("GET\t/api/v1/monitoring/summary?region=" + province + "\tmon-bench-1"));
		Path regencySummary = write(dir, "mon-regency",
				List.of("GET\t/api/v1/monitoring/summary?region=" + regency + "\tmon-bench-2"));
		Path list = write(dir, "mon-list",
				List.of("GET\t/api/v1/monitoring/communities?region=" + regency + "&state=STALLED\tmon-bench-2",
						"GET\t/api/v1/monitoring/communities?region=" + regency + "&state=ACTIVE&page=1\tmon-bench-2",
						"GET\t/api/v1/monitoring/communities?region=" + regency + "&level=SD\tmon-bench-2"));
		for (Path warm : List.of(nation, provinceSummary, regencySummary, list)) {
			Wrk.run(port, warm, "5s", 16);
		}
		rows.add(row("National summary (administrator)", Wrk.run(port, nation, DURATION, 16)));
		rows.add(
				row("Province " + province + " summary (administrator)", Wrk.run(port, provinceSummary, DURATION, 16)));
		rows.add(row("Regency summary (regency office)", Wrk.run(port, regencySummary, DURATION, 16)));
		rows.add(row("Regency community list (regency office)", Wrk.run(port, list, DURATION, 16)));
		double idle = probe.checkIn();
		// and again while the national summary is under load
		var load = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try {
				return Wrk.run(port, nation, "20s", 16);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		Thread.sleep(3000);
		double loaded = probe.checkIn();
		Wrk.Result during = load.get();
		String report = String.join("\n",
				List.of("Dataset: database " + DATABASE + ": " + size + ".",
						String.format("Read model built from empty on first start: %s (application start %.0f s).",
								built, startSeconds),
						"Measured after the rebuild's vacuum of " + String.join(", ", VACUUMED) + ": " + vacuum + ".",
						String.format(
								"A check-in shows in the province's figures (members taking part) after %.2f s idle,"
										+ " %.2f s under the national summary load (%.0f requests/s, p95 %.1f ms).",
								idle, loaded, during.perSecond(), during.p95() / 1000.0),
						"Load: wrk, 2 threads, 16 connections, " + DURATION + " per scenario after a 5 s warm-up each.",
						"Machine: " + Machine.describe(dataSource), "",
						"| Scenario | Requests/s | Median ms | p95 ms | p99 ms | Max ms | Responses |",
						"|---|---:|---:|---:|---:|---:|---|", String.join("\n", rows), ""));
		Files.writeString(dir.resolve("monitoring.md"), report);
		System.out.println("\n" + report);
		assertThat(report).doesNotContain("| 0 |");
	}

	/**
	 * Waits (at most 20 minutes) until the rebuild's vacuums have run; how long it
	 * waited.
	 */
	private String awaitVacuum() throws Exception {
		long started = System.nanoTime();
		long deadline = started + java.time.Duration.ofMinutes(20).toNanos();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			while (true) {
				java.util.Map<String, Long> now = vacuums(c);
				boolean done = VACUUMED.stream().allMatch(t -> now.getOrDefault(t, 0L) > VACUUMS.getOrDefault(t, 0L));
				try (ResultSet r = s
					.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
							+ " and pid <> pg_backend_pid() and state = 'active' and query ilike 'vacuum%'")) {
					r.next();
					done &= r.getLong(1) == 0;
				}
				double waited = (System.nanoTime() - started) / 1e9;
				if (done) {
					return String.format("waited %.0f s for it", waited);
				}
				if (System.nanoTime() > deadline) {
					return String.format("not seen done after %.0f s (measured beside it)", waited);
				}
				Thread.sleep(1000);
			}
		}
	}

	private static java.util.Map<String, Long> vacuums(Connection c) throws SQLException {
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery("select relname, vacuum_count from pg_stat_user_tables where relname in ('"
						+ String.join("', '", VACUUMED) + "')")) {
			while (r.next()) {
				counts.put(r.getString(1), r.getLong(2));
			}
		}
		return counts;
	}

	private static Path write(Path dir, String name, List<String> requests) throws Exception {
		Path file = dir.resolve(name + ".tsv");
		Files.write(file, requests, StandardCharsets.UTF_8);
		return file;
	}

	private static String row(String scenario, Wrk.Result r) {
		return String.format("| %s | %.0f | %.1f | %.1f | %.1f | %.1f | %s |", scenario, r.perSecond(),
				r.p50() / 1000.0, r.p95() / 1000.0, r.p99() / 1000.0, r.max() / 1000.0, r.statuses());
	}

	static void issueTokens(Connection c, long... accounts) throws Exception {
		String sql = "insert into api_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)"
				+ " on conflict (token_hash) do update set expires_at = excluded.expires_at, revoked_at = null";
		try (PreparedStatement insert = c.prepareStatement(sql)) {
			for (long account : accounts) {
				insert.setString(1,
						HexFormat.of()
							.formatHex(MessageDigest.getInstance("SHA-256")
								.digest(("mon-bench-" + account).getBytes(StandardCharsets.UTF_8))));
				insert.setLong(2, account);
				insert.setTimestamp(3, Timestamp.from(Instant.now()));
				insert.setTimestamp(4, Timestamp.from(Instant.now().plus(1, ChronoUnit.DAYS)));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

}
