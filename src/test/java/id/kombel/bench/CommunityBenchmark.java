package id.kombel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "kombel.demo=false",
		"kombel.data-dir=target/bench-data", "logging.level.root=WARN", "logging.level.id.kombel=WARN" })
class CommunityBenchmark {

	private static final String DATABASE = "kombel_bench";

	private static final String DURATION = Harness.DURATION;

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
	static void database(DynamicPropertyRegistry registry) {
		Harness.database(registry, DATABASE);
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
		String[] levels = { "SD", "SMP", "SMA" };
		for (int i = 0; i < 2_000; i++) {
			int community = 1 + random.nextInt(ProvinceDataset.COMMUNITIES);
			int[] members = dataset.members.get(community);
			int member = members[random.nextInt(members.length)];
			tokenHolders.add(member);
			String regency = dataset.regencies.get(random.nextInt(dataset.regencies.size()));
			String level = levels[random.nextInt(levels.length)];
			page.add("GET\t/communities/" + community + "\t" + Harness.token(member));
			list.add("GET\t/communities?region=" + regency + "&level=" + level + "\t" + Harness.token(member));
			apiOne.add("GET\t/api/v1/communities/" + community + "\t" + Harness.token(member));
			apiList
				.add("GET\t/api/v1/communities?region=" + regency + "&level=" + level + "\t" + Harness.token(member));
		}
		List<String> warmUpCheckIns = CheckIns.live(dataSource, dataset.members::get, tokenHolders, LIVE_ACTIVITIES + 1,
				LIVE_ACTIVITIES + WARM_UP_ACTIVITIES, "Benchmark: pemanasan");
		List<String> checkIns = CheckIns.live(dataSource, dataset.members::get, tokenHolders, 1, LIVE_ACTIVITIES, LIVE);
		Harness.issueTokens(dataSource, tokenHolders);

		// the JIT needs minutes of traffic on two cores: warm every read scenario twice
		// before measuring
		for (int round = 0; round < 2; round++) {
			for (var scenario : List.of(Map.entry("page", page), Map.entry("list", list), Map.entry("api-one", apiOne),
					Map.entry("api-list", apiList))) {
				Wrk.run(port, Harness.write(dir, scenario.getKey(), scenario.getValue()), DURATION);
			}
		}
		List<String> rows = new ArrayList<>();
		rows.add(Harness.row("Community page (HTML), signed-in member",
				Wrk.run(port, Harness.write(dir, "page", page), DURATION)));
		rows.add(Harness.row("Community list (HTML), region + level",
				Wrk.run(port, Harness.write(dir, "list", list), DURATION)));
		rows.add(Harness.row("Community (JSON API)", Wrk.run(port, Harness.write(dir, "api-one", apiOne), DURATION)));
		rows.add(Harness.row("Community list (JSON API)",
				Wrk.run(port, Harness.write(dir, "api-list", apiList), DURATION)));
		// members checking in have opened the activity moments before: their tokens are
		// known
		Wrk.run(port, Harness.write(dir, "sign-ins",
				tokenHolders.stream().distinct().map(a -> "GET\t/api/v1/tokens/current\t" + Harness.token(a)).toList()),
				"15s");
		Wrk.run(port, Harness.write(dir, "check-ins-warm-up", warmUpCheckIns), DURATION);
		Wrk.Result checkIn = Wrk.run(port, Harness.write(dir, "check-ins", checkIns), DURATION);
		rows.add(Harness.row("Check-in (JSON API): " + checkIns.size() + " member×activity pairs of " + LIVE_ACTIVITIES
				+ " live activities, after a warm-up on " + WARM_UP_ACTIVITIES + " others", checkIn));
		String integrity = CheckIns.integrity(dataSource, LIVE, checkIn);

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
				"Machine: " + Machine.describe(dataSource), "", Harness.HEADING, String.join("\n", rows), "", integrity,
				""));
		Files.writeString(dir.resolve("communities.md"), report);
		System.out.println("\n" + report);
		assertThat(integrity).doesNotContain("MISMATCH");
	}

}
