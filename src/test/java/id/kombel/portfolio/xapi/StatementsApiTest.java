package id.kombel.portfolio.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.accounts.Accounts;
import id.kombel.portfolio.record.Portfolios;
import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The record as xAPI statements: each valid against the xAPI 1.0.3 statement schema, with
 * stable ids; and the push to a Learning Record Store (a real HTTP server here) with
 * basic auth, retried after a failure, never sending a statement twice.
 */
class StatementsApiTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Portfolios portfolios;

	@Autowired
	Statements statements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	static JsonSchema schema() throws IOException {
		try (InputStream in = StatementsApiTest.class.getResourceAsStream("/xapi/statement-1.0.3.schema.json")) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
		}
	}

	@Test
	void statementsValidateAndKeepTheirIds() throws IOException {
		Api guru = api().as("guru@demo.kombel.id");
		Api.Response first = guru.get("/api/v1/portfolio/statements");
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		JsonNode list = first.json().get("statements");
		assertThat(list).isNotEmpty();
		JsonSchema schema = schema();
		Set<String> verbs = new HashSet<>();
		for (JsonNode s : list) {
			Set<ValidationMessage> problems = schema.validate(s.toString(), InputFormat.JSON);
			assertThat(problems).as(s.toString()).isEmpty();
			assertThat(s.get("actor").get("mbox").asString()).isEqualTo("mailto:guru@demo.kombel.id");
			verbs.add(s.get("verb").get("id").asString());
		}
		assertThat(verbs).contains("http://adlnet.gov/expapi/verbs/attended", "http://id.tincanapi.com/verb/earned");
		assertThat(guru.get("/api/v1/portfolio/statements").json().get("statements").toString())
			.as("same ids on every read")
			.isEqualTo(list.toString());
		assertThat(schema.validate("{\"id\":\"x\",\"actor\":{},\"verb\":{\"id\":\"attended\"},\"object\":{}}",
				InputFormat.JSON))
			.as("the schema does refuse a bad statement")
			.isNotEmpty();
	}

	@Test
	void pushSendsEachStatementOnceWithRetries() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicInteger calls = new AtomicInteger();
		List<String> ids = Collections.synchronizedList(new ArrayList<>());
		List<String> auth = Collections.synchronizedList(new ArrayList<>());
		server.createContext("/lrs/statements", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			int n = calls.incrementAndGet();
			int status;
			if (n == 1) {
				status = 503;
			}
			else {
				auth.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
						+ exchange.getRequestHeaders().getFirst("X-Experience-API-Version"));
				for (JsonNode s : json.readTree(new String(body, StandardCharsets.UTF_8))) {
					ids.add(s.get("id").asString());
				}
				status = 200;
			}
			byte[] answer = "[]".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
		try {
			// a sweep on every run: everything is due at first
			StatementPush push = new StatementPush(accounts, portfolios, statements, new XapiOutbox(jdbc, clock), jdbc,
					json, clock, "http://127.0.0.1:" + server.getAddress().getPort() + "/lrs", "kombel", "rahasia",
					"http://localhost:" + port, Duration.ofMillis(10), Duration.ZERO);
			int sent = push.push();
			assertThat(sent).isPositive();
			assertThat(calls.get()).as("the refused first batch was tried again").isGreaterThan(1);
			assertThat(auth).allMatch(a -> a.equals("Basic a29tYmVsOnJhaGFzaWE= 1.0.3"));
			assertThat(new HashSet<>(ids)).as("no statement twice").hasSize(ids.size());
			assertThat(ids).hasSize(sent);
			int before = calls.get();
			assertThat(push.push()).as("nothing new to send").isZero();
			assertThat(calls.get()).isEqualTo(before);
		}
		finally {
			server.stop(0);
		}
	}

}
