package id.kombel.portfolio.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import id.kombel.accounts.Accounts;
import id.kombel.portfolio.record.Portfolios;
import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The push is incremental: once everything was sent, a run with nothing new sends nothing
 * and reads no record, and a member's check-in to a new activity marks only that member
 * due, whose next run sends exactly the activity's statement. The Learning Record Store
 * is a real HTTP server; the application runs with a store configured, so its event
 * listener is in place.
 */
@TestPropertySource(properties = { "kombel.xapi.endpoint=http://127.0.0.1:9/unused", "kombel.xapi.interval=PT24H" })
class StatementPushTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Portfolios portfolios;

	@Autowired
	Statements statements;

	@Autowired
	XapiOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Test
	void aSecondRunSendsNothingAndANewActivitySendsExactlyItsStatements() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicInteger calls = new AtomicInteger();
		List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
		server.createContext("/lrs/statements", exchange -> {
			calls.incrementAndGet();
			for (JsonNode s : json
				.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))) {
				received.add(s);
			}
			exchange.sendResponseHeaders(200, 2);
			exchange.getResponseBody().write("[]".getBytes(StandardCharsets.UTF_8));
			exchange.close();
		});
		server.start();
		try {
			String lrs = "http://127.0.0.1:" + server.getAddress().getPort() + "/lrs";
			String base = "http://localhost:" + port;
			// the first run: a sweep, everything due, everything sent
			StatementPush first = new StatementPush(accounts, portfolios, statements, outbox, jdbc, json, clock, lrs,
					"", "", base, Duration.ofMillis(10), Duration.ZERO);
			first.push();
			StatementPush push = new StatementPush(accounts, portfolios, statements, outbox, jdbc, json, clock, lrs, "",
					"", base, Duration.ofMillis(10), Duration.ofDays(1));
			assertThat(due()).as("nothing left due").isZero();
			int before = calls.get();
			assertThat(push.push()).as("a second run sends nothing new").isZero();
			assertThat(push.accountsRead()).as("and reads no record").isZero();
			assertThat(calls.get()).as("nor calls the store").isEqualTo(before);

			Api guru = api().as("guru@demo.kombel.id");
			Api anggota = api().as("anggota@demo.kombel.id");
			long community = guru
				.post("/api/v1/communities",
						"{\"name\":\"Kombel xAPI " + UUID.randomUUID().toString().substring(0, 8)
								+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}")
				.json()
				.get("id")
				.asLong();
			assertThat(anggota.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);
			OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Jakarta")).truncatedTo(ChronoUnit.MINUTES);
			Api.Response scheduled = guru.post("/api/v1/communities/" + community + "/activities",
					"{\"title\":\"Diskusi xAPI\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"SD\","
							+ "\"startsAt\":\"" + now.minusMinutes(10) + "\",\"endsAt\":\"" + now.plusMinutes(80)
							+ "\"}");
			assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
			long activity = scheduled.json().get("id").asLong();
			String code = guru.get("/api/v1/activities/" + activity).json().get("checkInCode").asString();
			assertThat(anggota.post("/api/v1/activities/" + activity + "/check-ins", "{\"code\":\"" + code + "\"}")
				.status()).isEqualTo(201);
			assertThat(due()).as("only the member who took part is due").isEqualTo(1);

			received.clear();
			assertThat(push.push()).isEqualTo(1);
			assertThat(push.accountsRead()).as("only the member's record is read").isEqualTo(1);
			assertThat(received).hasSize(1);
			JsonNode statement = received.get(0);
			assertThat(statement.get("verb").get("id").asString()).endsWith("/attended");
			assertThat(statement.get("object").get("id").asString()).isEqualTo(base + "/activities/" + activity);
			assertThat(statement.get("actor").get("mbox").asString()).isEqualTo("mailto:anggota@demo.kombel.id");
			assertThat(push.push()).as("and once only").isZero();
		}
		finally {
			server.stop(0);
		}
	}

	private long due() {
		return jdbc.sql("select count(*) from portfolio_xapi_due").query(Long.class).single();
	}

}
