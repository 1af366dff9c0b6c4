package id.kombel.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
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
 * What a member's community page costs around its data, counted rather than timed, so
 * that it can be compared on a shared machine (issue 17): the same hot-set requests as
 * page and as JSON API answer, and pages of communities in no cache, each scenario
 * bounded by a number of requests (each sent once, {@code bench/once.lua}) after a
 * warm-up of as many, so that the JIT has compiled the path whatever the load. Reports
 * the server's CPU per request (whole JVM, and its request threads alone, which leaves
 * out the JIT and GC threads a loaded machine slows) and the bytes the request threads
 * allocate per request. On the dataset of {@link NationalDataset} in
 * {@code KOMBEL_BENCH_DB_NAME} (made by {@code bench/national-data.sh});
 * {@code KOMBEL_BENCH_REQUESTS} per scenario (default 20000). Run
 * {@code bench/pagecost.sh}; results in {@code target/benchmarks/pagecost.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kombel.demo=false", "kombel.data-dir=target/bench-pagecost-data",
				"kombel.search.rebuild-when-stale=false", "logging.level.root=WARN", "logging.level.id.kombel=WARN" })
class PageCostBenchmark {

	private static final int SCALE = Integer.parseInt(System.getenv().getOrDefault("KOMBEL_BENCH_SCALE", "1"));

	private static final String DATABASE = System.getenv()
		.getOrDefault("KOMBEL_BENCH_DB_NAME", "kombel_bench_national");

	private static final int REQUESTS = Integer
		.parseInt(System.getenv().getOrDefault("KOMBEL_BENCH_REQUESTS", "20000"));

	/** Long enough for any count on a loaded machine: the count ends a scenario. */
	private static final String UNBOUNDED = "600s";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Harness.database(registry, DATABASE);
	}

	/** What a scenario cost: per request, in the JVM and in its request threads. */
	record Cost(long requests, double perSecond, double cpuMillis, double requestCpuMillis, double allocatedKb,
			String statuses) {

		String row(String scenario) {
			return String.format("| %s | %d | %.0f | %.3f | %.3f | %.1f | %s |", scenario, requests, perSecond,
					cpuMillis, requestCpuMillis, allocatedKb, statuses);
		}
	}

	@Test
	void pageCost() throws Exception {
		Path dir = Files.createDirectories(Path.of("target/benchmarks"));
		NationalDataset.Size size = NationalDataset.Size.of(SCALE);
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			if (Harness.single(s, "select count(*) from community") != size.communities()) {
				throw new IllegalStateException(DATABASE + " does not hold the dataset of scale " + SCALE
						+ ": make it with bench/national-data.sh");
			}
		}
		Traffic traffic = new Traffic(size, Traffic.Places.of(dataSource));
		List<Integer> accounts = new ArrayList<>();
		List<String> hotWarm = traffic.hotPages(new Random(3), REQUESTS, accounts);
		List<String> hot = traffic.hotPages(new Random(4), REQUESTS, accounts);
		// cold: communities neither hot file opens, each once, by members the hot files
		// never sign in as
		List<String> cold = traffic.coldPages(new Random(9), 2 * REQUESTS, accounts, List.of(hotWarm, hot));
		Harness.issueTokens(dataSource, accounts);
		List<String> rows = new ArrayList<>();
		for (int round = 1; round <= 2; round++) {
			List<String> page = round == 1 ? hot : hotWarm;
			List<String> warm = round == 1 ? hotWarm : hot;
			once(dir, "pc-page-warm", warm);
			Cost p = measure(dir, "pc-page", page);
			once(dir, "pc-api-warm", api(warm));
			Cost a = measure(dir, "pc-api", api(page));
			rows.add(p.row("Community page (HTML), hot set, round " + round));
			rows.add(a.row("Community (JSON API), hot set, the same requests, round " + round));
			rows.add(String.format("| Page / JSON API, round %d | | %.0f %% | %.2f | %.2f | %.2f | |", round,
					100 * p.perSecond() / a.perSecond(), p.cpuMillis() / a.cpuMillis(),
					p.requestCpuMillis() / a.requestCpuMillis(), p.allocatedKb() / a.allocatedKb()));
		}
		int half = cold.size() / 2;
		once(dir, "pc-cold-warm", cold.subList(0, half));
		rows.add(measure(dir, "pc-cold", cold.subList(half, cold.size()))
			.row("Community page (HTML), cold: each community once, in no cache, a member not seen before"));
		String report = String.join("\n",
				List.of("# Community page cost, scale " + SCALE, "",
						"Dataset " + DATABASE + "; each scenario " + REQUESTS
								+ " requests (cold: half of those it found) sent once after a warm-up of as many;"
								+ " wrk 2 threads, 32 connections.",
						"Machine: " + Machine.describe(dataSource), "",
						"| Scenario | Requests | Requests/s | JVM CPU ms/request | Request threads' CPU ms/request"
								+ " | Request threads' KB allocated/request | Responses |",
						"|---|---:|---:|---:|---:|---:|---|", String.join("\n", rows), ""));
		Files.writeString(dir.resolve("pagecost.md"), report);
		System.out.println("\n" + report);
	}

	private static List<String> api(List<String> pages) {
		return pages.stream().map(l -> l.replace("\t/communities/", "\t/api/v1/communities/")).toList();
	}

	private void once(Path dir, String name, List<String> requests) throws Exception {
		Wrk.once(port, Harness.write(dir, name, requests), UNBOUNDED);
	}

	private Cost measure(Path dir, String name, List<String> requests) throws Exception {
		long[] before = requestThreads();
		Harness.Measured m = Harness.measure(() -> Wrk.once(port, Harness.write(dir, name, requests), UNBOUNDED));
		long[] after = requestThreads();
		Wrk.Result r = m.result();
		double n = Math.max(1, r.requests());
		return new Cost(r.requests(), r.perSecond(), m.cpuMillisPerRequest(), (after[0] - before[0]) / 1e6 / n,
				(after[1] - before[1]) / 1024.0 / n, r.statuses().toString());
	}

	/**
	 * CPU nanoseconds and allocated bytes of Tomcat's request threads so far (a thread
	 * the pool retires in between takes its share with it: the pool keeps its threads
	 * while requests come).
	 */
	private static long[] requestThreads() {
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long cpu = 0;
		long allocated = 0;
		for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().contains("-exec-")) {
				cpu += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
				allocated += Math.max(0, threads.getThreadAllocatedBytes(info.getThreadId()));
			}
		}
		return new long[] { cpu, allocated };
	}

}
