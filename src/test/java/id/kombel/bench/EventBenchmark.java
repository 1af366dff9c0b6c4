package id.kombel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.kombel.accounts.Accounts;
import id.kombel.accounts.Grant;
import id.kombel.accounts.NewAccount;
import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.shared.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Programme events under load, on PostgreSQL, through HTTP as the pages and phones use
 * it: importing a province's 5,000-row roster (CSV), and 33 venues checking in at once,
 * two phones per venue scanning overlapping queues, single check-ins and offline batches.
 * Not a test: run it with {@code ./bench/events.sh}; it writes
 * {@code target/benchmarks/events.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
		properties = { "server.port=8282", "kombel.demo=false", "kombel.data-dir=target/bench-events-data",
				"logging.level.root=WARN", "logging.level.id.kombel=WARN" })
class EventBenchmark {

	private static final String SERVER = System.getenv()
		.getOrDefault("KOMBEL_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = System.getenv().getOrDefault("KOMBEL_BENCH_DB_USER", "postgres");

	private static final String PASSWORD = System.getenv().getOrDefault("KOMBEL_BENCH_DB_PASSWORD", "");

	private static final String DATABASE = "kombel_bench_events";

	private static final int ROWS = 5_000;

	private static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("KOMBEL_BENCH_ROUNDS", "5"));

	private static final String BASE = "http://localhost:8282";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Regions regions;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws SQLException {
		// a fresh database each run: every import and check-in starts from the same state
		try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
			s.execute("drop database if exists " + DATABASE + " with (force)");
			s.execute("create database " + DATABASE);
		}
		registry.add("spring.datasource.url", () -> SERVER.replaceFirst("/[^/?]*(\\?.*)?$", "/" + DATABASE + "$1"));
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> PASSWORD);
	}

	private record Programme(long id, List<Long> events) {
	}

	@Test
	void importAndCheckIns() throws Exception {
		seedKnownEducators();
		accounts.create(new NewAccount("balai@bench.kombel.id", "Balai Bench", "bench-password", null,
				List.of(Grant.region(Role.BALAI, "12"))));
		String token = post("/api/v1/tokens", null,
				"{\"email\":\"balai@bench.kombel.id\",\"password\":\"bench-password\"}")
			.get("token")
			.asString();
		List<String[]> regencies = regions.children("12")
			.stream()
			.map(r -> new String[] { r.code(), r.name() })
			.toList();

		// warm-up: one import and a short check-in round, not measured
		Programme warm = programme(token);
		upload(token, warm.id(), EventRoster.csv(ROWS, regencies, 1));
		checkInRound(token, warm, false);

		List<Long> importMillis = new ArrayList<>();
		List<Programme> imported = new ArrayList<>();
		JsonNode lastOutcome = null;
		for (int round = 0; round < ROUNDS; round++) {
			Programme p = programme(token);
			byte[] roster = EventRoster.csv(ROWS, regencies, 100 + round);
			long start = System.nanoTime();
			lastOutcome = upload(token, p.id(), roster);
			importMillis.add((System.nanoTime() - start) / 1_000_000);
			imported.add(p);
		}
		List<Round> single = new ArrayList<>();
		List<Round> batched = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			single.add(checkInRound(token, imported.get(round), false));
		}
		for (int round = 0; round < ROUNDS; round++) {
			Programme p = programme(token);
			upload(token, p.id(), EventRoster.csv(ROWS, regencies, 900 + round));
			batched.add(checkInRound(token, p, true));
		}
		report(importMillis, lastOutcome, single, batched);
	}

	private record Round(int unique, int created, int already, int rowsInDatabase, long millis) {

		double perSecond() {
			return (created + already) * 1000.0 / millis;
		}
	}

	/**
	 * Every venue at once: two phones per venue, each scanning 60% of the venue's tickets
	 * (so 20% are scanned on both), morning then afternoon; single requests or batches of
	 * 50 as an offline queue.
	 */
	private Round checkInRound(String token, Programme p, boolean batches) throws Exception {
		List<List<String>> ticketsByEvent = new ArrayList<>();
		int unique = 0;
		for (long event : p.events()) {
			List<String> tickets = new ArrayList<>();
			for (JsonNode x : get("/api/v1/events/" + event + "/participants", token)) {
				tickets.add(x.get("ticketCode").asString());
			}
			Collections.shuffle(tickets, new java.util.Random(event));
			ticketsByEvent.add(tickets);
			unique += tickets.size() * 2;
		}
		AtomicInteger created = new AtomicInteger();
		AtomicInteger already = new AtomicInteger();
		ExecutorService phones = Executors.newFixedThreadPool(p.events().size() * 2);
		List<Future<?>> running = new ArrayList<>();
		long start = System.nanoTime();
		for (int v = 0; v < p.events().size(); v++) {
			long event = p.events().get(v);
			List<String> tickets = ticketsByEvent.get(v);
			int cut = tickets.size() * 6 / 10;
			List<List<String>> phoneQueues = List.of(tickets.subList(0, cut),
					tickets.subList(tickets.size() - cut, tickets.size()));
			for (int phone = 0; phone < 2; phone++) {
				List<String> queue = phoneQueues.get(phone);
				String device = "HP-" + v + "-" + phone;
				running.add(phones.submit(() -> {
					for (String session : List.of("PAGI", "SIANG")) {
						if (batches) {
							for (int from = 0; from < queue.size(); from += 50) {
								StringBuilder body = new StringBuilder("{\"items\":[");
								for (int i = from; i < Math.min(queue.size(), from + 50); i++) {
									body.append(i > from ? "," : "")
										.append("{\"key\":\"")
										.append(UUID.randomUUID())
										.append("\",\"ticket\":\"")
										.append(queue.get(i))
										.append("\",\"session\":\"")
										.append(session)
										.append("\",\"device\":\"")
										.append(device)
										.append("\"}");
								}
								JsonNode answer = post("/api/v1/events/" + event + "/check-ins:batch", token,
										body.append("]}").toString());
								for (JsonNode a : answer.get("results")) {
									count(a.get("status").asString(), created, already);
								}
							}
						}
						else {
							for (String ticket : queue) {
								JsonNode a = post("/api/v1/events/" + event + "/check-ins", token, "{\"ticket\":\""
										+ ticket + "\",\"session\":\"" + session + "\",\"device\":\"" + device + "\"}");
								count(a.get("status").asString(), created, already);
							}
						}
					}
					return null;
				}));
			}
		}
		for (Future<?> f : running) {
			f.get();
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		phones.shutdown();
		int rows = jdbc.sql(
				"select count(*) from event_check_in c join participant x on x.id = c.participant_id where x.programme_id = :p")
			.param("p", p.id())
			.query(Integer.class)
			.single();
		Round round = new Round(unique, created.get(), already.get(), rows, millis);
		assertThat(round.created()).as("every ticket and session checked in once").isEqualTo(unique);
		assertThat(round.rowsInDatabase()).as("zero duplicates, zero lost").isEqualTo(unique);
		return round;
	}

	private static void count(String status, AtomicInteger created, AtomicInteger already) {
		switch (status) {
			case "CHECKED_IN" -> created.incrementAndGet();
			case "ALREADY_CHECKED_IN" -> already.incrementAndGet();
			default -> throw new IllegalStateException("refused: " + status);
		}
	}

	private Programme programme(String token) throws Exception {
		long id = post("/api/v1/programmes", token, "{\"title\":\"Bimtek Benchmark " + UUID.randomUUID()
				+ "\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8}")
			.get("id")
			.asLong();
		List<Long> events = new ArrayList<>();
		post("/api/v1/programmes/" + id + "/events:for-each-regency", token, "{\"date\":\"2024-05-27\"}")
			.forEach(e -> events.add(e.get("id").asLong()));
		assertThat(events).hasSize(33);
		return new Programme(id, events);
	}

	private void seedKnownEducators() throws SQLException {
		try (Connection c = dataSource.getConnection();
				PreparedStatement s = c
					.prepareStatement("insert into educator (name, nuptk, position) values (?, ?, 'TEACHER')")) {
			for (int i = 0; i < EventRoster.KNOWN; i++) {
				s.setString(1, "Guru Dikenal " + i);
				s.setString(2, EventRoster.knownNuptk(i));
				s.addBatch();
				if (i % 1000 == 999) {
					s.executeBatch();
				}
			}
			s.executeBatch();
		}
	}

	private JsonNode upload(String token, long programme, byte[] content) throws Exception {
		String boundary = "bench-" + UUID.randomUUID();
		byte[] head = ("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"peserta.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		var r = http
			.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/programmes/" + programme + "/participants:import"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(BodyPublishers.ofByteArray(body))
				.build(), BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return JSON.readTree(r.body());
	}

	private JsonNode post(String path, String token, String json) throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		var r = http.send(b.build(), BodyHandlers.ofString());
		assertThat(r.statusCode()).as(path + " " + r.body()).isBetween(200, 201);
		return JSON.readTree(r.body());
	}

	private JsonNode get(String path, String token) throws IOException, InterruptedException {
		var r = http.send(
				HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token).build(),
				BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(200);
		return JSON.readTree(r.body());
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private void report(List<Long> importMillis, JsonNode outcome, List<Round> single, List<Round> batched)
			throws IOException {
		Round s = single.stream()
			.sorted((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
			.toList()
			.get(single.size() / 2);
		Round b = batched.stream()
			.sorted((x, y) -> Double.compare(x.perSecond(), y.perSecond()))
			.toList()
			.get(batched.size() / 2);
		String load = Files.readString(Path.of("/proc/loadavg")).strip();
		List<String> lines = List.of("### Programme events benchmark", "",
				"Machine: " + Machine.describe(dataSource).replace("wrk", "the benchmark's HTTP client"), "",
				"Load average when the results were written (other work on the machine): `" + load + "`", "",
				"| scenario | median | all runs | target |", "|---|---|---|---|",
				"| Import of a " + ROWS + "-row roster (CSV, HTTP, whole province) | " + median(importMillis) + " ms | "
						+ importMillis + " ms | < 3000 ms |",
				"| Check-ins, 33 venues × 2 phones, one request each | " + Math.round(s.perSecond()) + "/s | "
						+ single.stream().map(r -> String.valueOf(Math.round(r.perSecond()))).toList() + " | 1000/s |",
				"| Check-ins, 33 venues × 2 phones, offline queues in batches of 50 | "
						+ Math.round(b.perSecond()) + "/s | "
						+ batched.stream().map(r -> String.valueOf(Math.round(r.perSecond()))).toList() + " | 1000/s |",
				"",
				"Last import: created " + outcome.get("created").asInt() + ", linked " + outcome.get("linked").asInt()
						+ ", duplicates " + outcome.get("duplicates").asInt() + ", rejected "
						+ outcome.get("rejected").size() + " (half the rows name an educator already among "
						+ EventRoster.KNOWN + " known ones).",
				"",
				"Check-in rounds: each round sends " + (s.created() + s.already()) + " check-ins for " + s.unique()
						+ " distinct ticket-and-session pairs (20% of tickets scanned on both phones of a venue). In every round, "
						+ "created = distinct pairs = rows in the database: zero duplicates, zero lost "
						+ "(checked by the benchmark, which fails otherwise).");
		Path dir = Files.createDirectories(Path.of("target/benchmarks"));
		Files.write(dir.resolve("events.md"), lines);
		lines.forEach(System.out::println);
	}

}
