package id.kombel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portfolio page of a year (issue 12: p95 under 100 ms), on the province-sized
 * dataset of {@link NationalDataset} (scale 1: 150,000 educators, 200,000 activities,
 * 2,000,000 attendance rows) in the database {@code KOMBEL_BENCH_DB_NAME} (default
 * {@code kombel_bench_portfolio}; generated when empty), with one teacher given a full
 * year: the activities of their communities attended, certificates for most of them,
 * tasks, practices, accepted answers, materials and 30 uploaded evidence items. Measured
 * with wrk: the teacher's own page and JSON, and the principal's read-only view of the
 * same teacher, and one client sending one request after the other. Not a test: run
 * {@code ./bench/portfolio.sh}; results in {@code target/benchmarks/portfolio-page.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "kombel.demo=false",
		"kombel.data-dir=target/bench-data", "logging.level.root=WARN", "logging.level.id.kombel=WARN" })
class PortfolioPageBenchmark {

	private static final String DATABASE = System.getenv()
		.getOrDefault("KOMBEL_BENCH_DB_NAME", "kombel_bench_portfolio");

	private static final String DURATION = System.getenv().getOrDefault("KOMBEL_BENCH_DURATION", "20s");

	private static final int CONNECTIONS = 4;

	private static final int LOOP = 200;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		Harness.database(registry, DATABASE);
	}

	@Test
	void yearPage() throws Exception {
		Path dir = Files.createDirectories(Path.of("target/benchmarks"));
		long teacher;
		long educator;
		long principal;
		String generated;
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			if (Harness.single(s, "select count(*) from educator") == 0) {
				long t0 = System.nanoTime();
				new NationalDataset().generate(c, NationalDataset.Size.of(1));
				generated = String.format("generated in %.0f s", (System.nanoTime() - t0) / 1e9);
			}
			else {
				generated = "reused from an earlier run";
			}
			// a teacher (not a principal) in the most communities
			teacher = Harness.single(s, """
					select m.account_id from membership m join account a on a.id = m.account_id
					join account_role r on r.account_id = a.id and r.role = 'TEACHER'
					where m.status = 'ACTIVE' group by m.account_id order by count(*) desc, m.account_id limit 1""");
			educator = Harness.single(s, "select educator_id from account where id = " + teacher);
			principal = Harness.single(s, """
					select r.account_id from account_role r join educator e on e.school_id = r.school_id
					where r.role = 'PRINCIPAL' and e.id = %d limit 1""".formatted(educator));
			PortfolioYear.topUp(s, teacher);
			PortfolioYear.tokens(c, teacher, principal);
		}
		JsonNode record = JsonMapper.builder()
			.build()
			.readTree(get("/api/v1/portfolio?period=year", "pf-bench-" + teacher));
		JsonNode totals = record.get("totals");
		Path own = Harness.write(dir, "pf-own", List.of("GET\t/portfolio?period=year\tpf-bench-" + teacher));
		Path json = Harness.write(dir, "pf-json", List.of("GET\t/api/v1/portfolio?period=year\tpf-bench-" + teacher));
		Path view = Harness.write(dir, "pf-principal",
				List.of("GET\t/people/" + educator + "/portfolio?period=year\tpf-bench-" + principal));
		for (Path warm : List.of(own, json, view)) {
			Wrk.run(port, warm, "5s", CONNECTIONS);
		}
		List<String> rows = new ArrayList<>();
		rows.add(Harness.row("My portfolio page (HTML), a year",
				Harness.measure(() -> Wrk.run(port, own, DURATION, CONNECTIONS))));
		rows.add(Harness.row("My portfolio (JSON API), a year",
				Harness.measure(() -> Wrk.run(port, json, DURATION, CONNECTIONS))));
		rows.add(Harness.row("The principal's view of the teacher's portfolio (HTML), a year",
				Harness.measure(() -> Wrk.run(port, view, DURATION, CONNECTIONS))));
		// one client, one request after the other: the page's own cost, without queueing
		List<String> single = new ArrayList<>();
		single.add(loop("My portfolio page (HTML), a year", "/portfolio?period=year", "pf-bench-" + teacher));
		single.add(loop("My portfolio (JSON API), a year", "/api/v1/portfolio?period=year", "pf-bench-" + teacher));
		single.add(loop("The principal's view (HTML), a year", "/people/" + educator + "/portfolio?period=year",
				"pf-bench-" + principal));
		String report = String.join("\n", List.of("# Portfolio page benchmark", "",
				"Dataset: " + NationalDataset.Size.of(1).educators() + " educators, "
						+ NationalDataset.Size.of(1).activities() + " activities, "
						+ NationalDataset.Size.of(1).attendance() + " attendance rows (" + generated
						+ "); the teacher (account " + teacher + ") for this calendar year: " + totals.toString() + ".",
				"Load: wrk, 2 threads, " + CONNECTIONS + " connections, " + DURATION
						+ " per scenario after a 5 s warm-up each.",
				"Machine: " + Machine.describe(dataSource), "", Harness.CPU_NOTE, "", Harness.CPU_HEADING,
				String.join("\n", rows), "",
				"One client, " + LOOP + " requests one after the other (after the runs above):", "",
				"| Scenario | Median ms | p95 ms | Max ms |", "|---|---:|---:|---:|", String.join("\n", single), ""));
		Files.writeString(dir.resolve("portfolio-page.md"), report);
		System.out.println("\n" + report);
		assertThat(totals.get("activities").asInt()).isGreaterThan(10);
		assertThat(report).doesNotContain("| 0 |");
	}

	private String get(String path, String token) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return r.body();
	}

	private String loop(String scenario, String path, String token) throws Exception {
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < LOOP; i++) {
			long t = System.nanoTime();
			get(path, token);
			micros.add((System.nanoTime() - t) / 1000);
		}
		micros.sort(null);
		return String.format("| %s | %.1f | %.1f | %.1f |", scenario, micros.get(LOOP / 2) / 1000.0,
				micros.get(LOOP * 95 / 100) / 1000.0, micros.get(LOOP - 1) / 1000.0);
	}

	static String hash(String token) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

}
