package id.kombel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Community page, community list and check-in on a province-sized dataset (see
 * {@link ProvinceDataset}) on PostgreSQL, driven by wrk at 32 connections. Not a test:
 * run it with {@code ./bench/communities.sh}; it prints a Markdown table and writes it to
 * {@code target/benchmarks/communities.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kombel.demo=false", "kombel.data-dir=target/bench-data",
				"kombel.communities.warm-up-snapshots=0", "logging.level.root=WARN", "logging.level.id.kombel=WARN" })
class CommunityBenchmark {

	private static final String SERVER = System.getenv()
		.getOrDefault("KOMBEL_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = System.getenv().getOrDefault("KOMBEL_BENCH_DB_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("KOMBEL_BENCH_DB_PASSWORD", "");

	private static final String DATABASE = System.getenv().getOrDefault("KOMBEL_BENCH_DB_NAME", "kombel_bench");

	/**
	 * Scenarios to run (comma-separated keys, e.g. {@code page,api-one,cold}); all by
	 * default.
	 */
	private static final String ONLY = System.getenv().getOrDefault("KOMBEL_BENCH_ONLY", "");

	/** At most this long for a cold scenario, which sends each of its requests once. */
	private static final String COLD_DURATION = "60s";

	private static final String DURATION = System.getenv().getOrDefault("KOMBEL_BENCH_DURATION", "30s");

	/**
	 * Enough members (about 60,000) that a 30 s run at the target never runs out of first
	 * check-ins.
	 */
	private static final int LIVE_ACTIVITIES = 4_000;

	private static final int WARM_UP_ACTIVITIES = 1_000;

	private static final String LIVE = "Benchmark: kegiatan berlangsung";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws SQLException {
		try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement s = c.createStatement();
				ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
			if (!r.next()) {
				s.execute("create database " + DATABASE);
			}
		}
		registry.add("spring.datasource.url", () -> SERVER.replaceFirst("/[^/?]*(\\?.*)?$", "/" + DATABASE + "$1"));
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	@Test
	void communities() throws Exception {
		Path dir = Files.createDirectories(Path.of("target/benchmarks"));
		ProvinceDataset dataset = new ProvinceDataset();
		String generated;
		try (Connection c = dataSource.getConnection()) {
			if (ProvinceDataset.present(c)) {
				dataset.plan(c);
				generated = "reused from an earlier run";
			}
			else {
				long t0 = System.nanoTime();
				dataset.generate(c);
				generated = String.format("generated in %.0f s", (System.nanoTime() - t0) / 1e9);
			}
		}
		Random random = new Random(7);
		List<String> page = new ArrayList<>();
		List<String> list = new ArrayList<>();
		List<String> apiOne = new ArrayList<>();
		List<String> apiList = new ArrayList<>();
		List<Integer> tokenHolders = new ArrayList<>();
		java.util.Set<Integer> hot = new java.util.HashSet<>();
		String[] levels = { "SD", "SMP", "SMA" };
		for (int i = 0; i < 2_000; i++) {
			int community = 1 + random.nextInt(ProvinceDataset.COMMUNITIES);
			hot.add(community);
			int[] members = dataset.members.get(community);
			int member = members[random.nextInt(members.length)];
			tokenHolders.add(member);
			String regency = dataset.regencies.get(random.nextInt(dataset.regencies.size()));
			String level = levels[random.nextInt(levels.length)];
			page.add("GET\t/communities/" + community + "\t" + token(member));
			list.add("GET\t/communities?region=" + regency + "&level=" + level + "\t" + token(member));
			apiOne.add("GET\t/api/v1/communities/" + community + "\t" + token(member));
			apiList.add("GET\t/api/v1/communities?region=" + regency + "&level=" + level + "\t" + token(member));
		}
		// the miss path: communities no other scenario asks for (and no live activity
		// lives in), each asked for once by a member never seen before, so neither its
		// snapshot, its rendered page, its agenda nor the member's token is in any cache
		List<Integer> untouched = new ArrayList<>();
		for (int community = 1; community <= ProvinceDataset.COMMUNITIES; community++) {
			if (!hot.contains(community)) {
				untouched.add(community);
			}
		}
		Collections.shuffle(untouched, new Random(13));
		List<List<String>> cold = new ArrayList<>();
		// two small parts to warm the miss path's code, two large ones measured
		int[] bounds = { 0, 1_000, 2_000, 2_000 + (untouched.size() - 2_000) / 2, untouched.size() };
		for (int part = 0; part < 4; part++) {
			List<String> lines = new ArrayList<>();
			for (int community : untouched.subList(bounds[part], bounds[part + 1])) {
				int[] members = dataset.members.get(community);
				int member = members[(community * 31) % members.length];
				tokenHolders.add(member);
				lines.add("GET\t" + (part % 2 == 0 ? "/communities/" : "/api/v1/communities/") + community + "\t"
						+ token(member));
			}
			cold.add(lines);
		}
		List<String> warmUpCheckIns = liveActivities(dataset, tokenHolders, LIVE_ACTIVITIES + 1,
				LIVE_ACTIVITIES + WARM_UP_ACTIVITIES, "Benchmark: pemanasan");
		List<String> checkIns = liveActivities(dataset, tokenHolders, 1, LIVE_ACTIVITIES, LIVE);
		issueTokens(tokenHolders);

		// the JIT needs minutes of traffic on two cores: warm every read scenario twice
		// before measuring
		List<Map.Entry<String, List<String>>> reads = List.of(Map.entry("page", page), Map.entry("list", list),
				Map.entry("api-one", apiOne), Map.entry("api-list", apiList));
		for (int round = 0; round < 2; round++) {
			for (var scenario : reads) {
				if (runs(scenario.getKey())) {
					Wrk.run(port, write(dir, scenario.getKey(), scenario.getValue()), DURATION);
				}
			}
		}
		List<String> rows = new ArrayList<>();
		Map<String, String> names = Map.of("page", "Community page (HTML), signed-in member", "list",
				"Community list (HTML), region + level", "api-one", "Community (JSON API)", "api-list",
				"Community list (JSON API)");
		Map<String, Double> perSecond = new java.util.HashMap<>();
		for (var scenario : reads) {
			if (runs(scenario.getKey())) {
				Harness.Measured m = Harness
					.measure(() -> Wrk.run(port, write(dir, scenario.getKey(), scenario.getValue()), DURATION));
				perSecond.put(scenario.getKey(), m.result().perSecond());
				rows.add(Harness.row(names.get(scenario.getKey()), m));
			}
		}
		if (runs("cold")) {
			// the miss path's code warmed once on other cold communities, then measured
			Wrk.once(port, write(dir, "cold-warm-page", cold.get(0)), COLD_DURATION);
			Wrk.once(port, write(dir, "cold-warm-api", cold.get(1)), COLD_DURATION);
			rows.add(Harness.row("Community page (HTML), cold: each community once, in no cache",
					Harness.measure(() -> Wrk.once(port, write(dir, "cold-page", cold.get(2)), COLD_DURATION))));
			rows.add(Harness.row("Community (JSON API), cold: each community once, in no cache",
					Harness.measure(() -> Wrk.once(port, write(dir, "cold-api", cold.get(3)), COLD_DURATION))));
		}
		String integrity = "";
		if (runs("check-ins")) {
			// members checking in have opened the activity moments before: their tokens
			// are known
			Wrk.run(port, write(dir, "sign-ins",
					tokenHolders.stream().distinct().map(a -> "GET\t/api/v1/tokens/current\t" + token(a)).toList()),
					"15s");
			Wrk.run(port, write(dir, "check-ins-warm-up", warmUpCheckIns), DURATION);
			Harness.Measured checkIn = Harness
				.measure(() -> Wrk.run(port, write(dir, "check-ins", checkIns), DURATION));
			rows.add(
					Harness.row(
							"Check-in (JSON API): " + checkIns.size() + " member×activity pairs of " + LIVE_ACTIVITIES
									+ " live activities, after a warm-up on " + WARM_UP_ACTIVITIES + " others",
							checkIn));
			integrity = checkInIntegrity(checkIn.result());
		}
		String ratio = perSecond.containsKey("page") && perSecond.containsKey("api-one") ? String.format(
				"Page / JSON API requests/s: %.0f %%.", 100 * perSecond.get("page") / perSecond.get("api-one")) : "";

		String report = String.join("\n", List.of(
				"Dataset: " + ProvinceDataset.COMMUNITIES + " communities, " + ProvinceDataset.EDUCATORS
						+ " educators with accounts, "
						+ ProvinceDataset.COMMUNITIES * ProvinceDataset.ACTIVITIES_PER_COMMUNITY + " activities, "
						+ ProvinceDataset.COMMUNITIES * ProvinceDataset.ACTIVITIES_PER_COMMUNITY
								* ProvinceDataset.ATTENDANCE_PER_ACTIVITY
						+ " attendance records (" + generated + ").",
				"Load: wrk, 2 threads, 32 connections, " + DURATION
						+ " per scenario, measured after two warm-up rounds of every"
						+ " read scenario; responses uncompressed (wrk sends no Accept-Encoding).",
				"Machine: " + Machine.describe(dataSource), "", Harness.CPU_NOTE, "", Harness.CPU_HEADING,
				String.join("\n", rows), "", ratio, "", integrity, ""));
		Files.writeString(dir.resolve("communities.md"), report);
		System.out.println("\n" + report);
		assertThat(integrity).doesNotContain("MISMATCH");
	}

	private static Path write(Path dir, String name, List<String> requests) throws IOException {
		Path file = dir.resolve(name + ".tsv");
		Files.write(file, requests, StandardCharsets.UTF_8);
		return file;
	}

	private static boolean runs(String scenario) {
		return ONLY.isBlank() || java.util.Arrays.asList(ONLY.split(",")).contains(scenario);
	}

	/**
	 * One live activity in each of the first communities, happening now; every member
	 * checks in once or more.
	 */
	private List<String> liveActivities(ProvinceDataset dataset, List<Integer> tokenHolders, int from, int to,
			String title) throws SQLException {
		return CheckIns.live(dataSource, dataset.members::get, tokenHolders, from, to, title);
	}

	private String checkInIntegrity(Wrk.Result checkIn) throws SQLException {
		return CheckIns.integrity(dataSource, LIVE, checkIn);
	}

	private void issueTokens(List<Integer> accounts) throws Exception {
		String sql = "insert into api_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)"
				+ " on conflict (token_hash) do update set expires_at = excluded.expires_at, revoked_at = null";
		Instant now = Instant.now();
		try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
			for (int account : accounts.stream().distinct().toList()) {
				insert.setString(1,
						HexFormat.of()
							.formatHex(MessageDigest.getInstance("SHA-256")
								.digest(token(account).getBytes(StandardCharsets.UTF_8))));
				insert.setLong(2, account);
				insert.setTimestamp(3, Timestamp.from(now));
				insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now().plusDays(1)));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static String token(int account) {
		return "bench-token-" + account;
	}

}
