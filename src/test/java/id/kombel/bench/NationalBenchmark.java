package id.kombel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The national scale benchmark (issue 17) on the dataset of {@link NationalDataset}
 * ({@code KOMBEL_BENCH_SCALE}, database {@code KOMBEL_BENCH_DB_NAME}; a database that
 * already holds the dataset of this scale is reused, an empty one is filled). Traffic is
 * spread: community pages and forums are drawn over every community with a Zipf-like
 * popularity ({@link Traffic}), lists with many distinct filters and search texts, each
 * request signed in as a member of the community it opens. Not a test: run
 * {@code ./bench/national.sh}; results in {@code target/benchmarks/national.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kombel.demo=false", "kombel.data-dir=target/bench-national-data",
				"kombel.search.rebuild-when-stale=false", "logging.level.root=WARN", "logging.level.id.kombel=WARN" })
class NationalBenchmark {

	private static final int SCALE = Integer.parseInt(System.getenv().getOrDefault("KOMBEL_BENCH_SCALE", "1"));

	private static final String DATABASE = System.getenv()
		.getOrDefault("KOMBEL_BENCH_DB_NAME", "kombel_bench_national");

	private static final String DURATION = Harness.DURATION;

	/**
	 * The scenarios to run ({@code KOMBEL_BENCH_ONLY}, names separated by commas: page,
	 * hot, api-hot, cold, list, forum, check-ins); all when unset.
	 */
	private static final List<String> ONLY = List
		.of(System.getenv().getOrDefault("KOMBEL_BENCH_ONLY", "page,hot,api-hot,cold,list,forum,check-ins").split(","));

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
	void national() throws Exception {
		Path dir = Files.createDirectories(Path.of("target/benchmarks"));
		NationalDataset.Size size = NationalDataset.Size.of(SCALE);
		String generated = dataset(size);
		Traffic traffic = new Traffic(size, Traffic.Places.of(dataSource));
		List<Integer> accounts = new ArrayList<>();
		List<String> warmUpCheckIns = CheckIns.live(dataSource, traffic::members, accounts, LIVE_ACTIVITIES + 1,
				LIVE_ACTIVITIES + WARM_UP_ACTIVITIES, "Benchmark: pemanasan");
		List<String> checkIns = CheckIns.live(dataSource, traffic::members, accounts, 1, LIVE_ACTIVITIES, LIVE);
		// one file to warm up on and another, drawn apart, to measure: the tail differs
		List<List<String>> spread = List.of(traffic.pages(new Random(1), 200_000, accounts),
				traffic.pages(new Random(2), 200_000, accounts));
		List<List<String>> hot = List.of(traffic.hotPages(new Random(3), 20_000, accounts),
				traffic.hotPages(new Random(4), 20_000, accounts));
		List<List<String>> lists = List.of(traffic.lists(new Random(5), 100_000, accounts),
				traffic.lists(new Random(6), 100_000, accounts));
		List<List<String>> forums = List.of(traffic.forums(new Random(7), 200_000, accounts),
				traffic.forums(new Random(8), 200_000, accounts));

		// the hot set again through the JSON API, the same requests: what the page costs
		// around its data
		List<String> apiHot = hot.get(1)
			.stream()
			.map(l -> l.replace("\t/communities/", "\t/api/v1/communities/"))
			.toList();
		List<String> cold = ONLY.contains("cold") ? traffic.coldPages(new Random(9), 80_000, accounts,
				List.of(spread.get(0), spread.get(1), hot.get(0), hot.get(1))) : List.of();
		Harness.issueTokens(dataSource, accounts);
		for (String name : List.of("page", "hot", "list")) {
			if (ONLY.contains(name)) {
				Wrk.run(port, Harness.write(dir, "nat-" + name + "-warm",
						(name.equals("page") ? spread : name.equals("hot") ? hot : lists).get(0)), DURATION);
			}
		}
		if (ONLY.contains("forum")) {
			Wrk.run(port, Harness.write(dir, "nat-forum-warm", forums.get(0)), DURATION, 16);
		}
		List<String> rows = new ArrayList<>();
		Map<String, Double> perSecond = new HashMap<>();
		if (ONLY.contains("page")) {
			rows.add(Harness.row(
					"Community page (HTML), signed-in member, spread: Zipf over all " + size.communities()
							+ " communities",
					Harness.measure(() -> Wrk.run(port, Harness.write(dir, "nat-page", spread.get(1)), DURATION))));
		}
		if (ONLY.contains("hot")) {
			Harness.Measured m = Harness
				.measure(() -> Wrk.run(port, Harness.write(dir, "nat-hot", hot.get(1)), DURATION));
			perSecond.put("hot", m.result().perSecond());
			rows.add(Harness.row("Community page (HTML), signed-in member, hot set: " + Traffic.HOT + " communities",
					m));
		}
		if (ONLY.contains("api-hot")) {
			Wrk.run(port, Harness.write(dir, "nat-api-hot-warm", apiHot), DURATION);
			Harness.Measured m = Harness
				.measure(() -> Wrk.run(port, Harness.write(dir, "nat-api-hot", apiHot), DURATION));
			perSecond.put("api-hot", m.result().perSecond());
			rows.add(Harness.row("Community (JSON API), signed-in member, hot set: the same requests", m));
		}
		if (ONLY.contains("cold")) {
			// the miss path's code warmed on other cold communities first
			Wrk.once(port, Harness.write(dir, "nat-cold-warm", cold.subList(0, cold.size() / 4)), DURATION);
			rows.add(Harness
				.row("Community page (HTML), signed-in member, cold: each community once, opened by no other scenario",
						Harness.measure(() -> Wrk.once(port,
								Harness.write(dir, "nat-cold", cold.subList(cold.size() / 4, cold.size())),
								DURATION))));
		}
		if (ONLY.contains("list")) {
			rows.add(Harness.row("Community list (HTML), spread: distinct regions, levels, search texts, pages",
					Harness.measure(() -> Wrk.run(port, Harness.write(dir, "nat-list", lists.get(1)), DURATION))));
		}
		if (ONLY.contains("forum")) {
			rows.add(Harness.row("Community questions (HTML), spread, 16 connections", Harness
				.measure(() -> Wrk.run(port, Harness.write(dir, "nat-forum", forums.get(1)), DURATION, 16))));
		}
		Harness.Measured checkIn = null;
		if (ONLY.contains("check-ins")) {
			Wrk.run(port, Harness.write(dir, "nat-check-ins-warm", warmUpCheckIns), DURATION);
			checkIn = Harness.measure(() -> Wrk.run(port, Harness.write(dir, "nat-check-ins", checkIns), DURATION));
			rows.add(Harness.row("Check-in (JSON API): " + checkIns.size() + " member×activity pairs of "
					+ LIVE_ACTIVITIES + " live activities", checkIn));
		}
		String ratio = perSecond.containsKey("hot") && perSecond.containsKey("api-hot")
				? String.format("Page / JSON API requests/s (hot set): %.0f %%.",
						100 * perSecond.get("hot") / perSecond.get("api-hot"))
				: "";
		String integrity = checkIn == null ? "" : CheckIns.integrity(dataSource, LIVE, checkIn.result());

		String report = String.join("\n",
				List.of("# National scale, scale " + SCALE, "",
						"Dataset (" + DATABASE + ", " + generated + "): " + describe() + ".",
						"Traffic: " + traffic.describe(spread.get(1), lists.get(1)) + ".",
						"Load: wrk, 2 threads, 32 connections (questions: 16), " + DURATION
								+ " per scenario after one warm-up run of each on other requests drawn alike.",
						"Machine: " + Machine.describe(dataSource), "", Harness.CPU_NOTE, "", Harness.CPU_HEADING,
						String.join("\n", rows), "", ratio, "", integrity, ""));
		Files.writeString(dir.resolve("national.md"), report);
		System.out.println("\n" + report);
		assertThat(integrity).doesNotContain("MISMATCH");
	}

	/**
	 * The dataset of this scale: reused when the database holds it (its community count
	 * is the marker), generated into an empty one, refused over another scale's.
	 */
	private String dataset(NationalDataset.Size size) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			long communities = Harness.single(s, "select count(*) from community");
			String how;
			if (communities == 0) {
				long t0 = System.nanoTime();
				new NationalDataset().generate(c, size);
				how = String.format("generated in %.0f s", (System.nanoTime() - t0) / 1e9);
			}
			else if (communities == size.communities()) {
				how = "reused";
			}
			else {
				throw new IllegalStateException(DATABASE + " holds " + communities + " communities, not the "
						+ size.communities() + " of scale " + SCALE + ": name another KOMBEL_BENCH_DB_NAME");
			}
			if (!NationalDataset.hasQuestions(c)) {
				how += String.format(", questions added in %.0f s", NationalDataset.addQuestions(c, size));
			}
			if (NationalDataset.unannounced(c)) {
				long t0 = System.nanoTime();
				new NationalDataset().markHeld(s);
				how += String.format(", past activities marked announced in %.0f s", (System.nanoTime() - t0) / 1e9);
			}
			// a bulk load leaves no visibility map: what autovacuum would have made by
			// now,
			// so the list counts read their index alone as in production
			s.execute("vacuum analyze community");
			s.execute("vacuum analyze question");
			// and the dead rows earlier runs and the generator's updates leave (tokens of
			// past runs, activities marked held): on a server without autovacuum (this
			// machine's) each run found more of them on its miss path than the last
			for (String table : List.of("activity", "api_token", "membership", "attendance")) {
				if (Harness.single(s,
						"select n_dead_tup from pg_stat_user_tables where relname = '" + table + "'") > 10_000) {
					s.execute("vacuum analyze " + table);
				}
			}
			return how;
		}
	}

	private String describe() throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			List<String> parts = new ArrayList<>();
			for (String table : List.of("community", "educator", "school", "activity", "attendance", "question",
					"answer")) {
				parts.add(String.format("%,d %s", Harness.single(s, "select count(*) from " + table), table));
			}
			try (ResultSet r = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
				r.next();
				parts.add(r.getString(1) + " on disk");
			}
			return String.join(", ", parts);
		}
	}

}
