package id.kombel.portfolio.xapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.kombel.accounts.AccountView;
import id.kombel.accounts.Accounts;
import id.kombel.portfolio.record.Period;
import id.kombel.portfolio.record.Portfolios;
import id.kombel.portfolio.record.Subject;
import id.kombel.shared.PageResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every account's statements to the Learning Record Store at
 * {@code kombel.xapi.endpoint} (basic auth
 * {@code kombel.xapi.username}/{@code password}), once in the cluster
 * ({@code @SchedulerLock}). A statement is remembered once the store accepted it and
 * never sent again; a batch the store refuses or does not answer is tried three times,
 * then left for the next run. Statement ids are stable, so a store that took a batch
 * whose answer was lost answers the repeat with a conflict, which counts as taken.
 */
@Component
@ConditionalOnProperty("kombel.xapi.endpoint")
public class StatementPush {

	private static final Logger log = LoggerFactory.getLogger(StatementPush.class);

	private static final int BATCH = 100;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Accounts accounts;

	private final Portfolios portfolios;

	private final Statements statements;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final String endpoint;

	private final String authorization;

	private final String baseUrl;

	private final Duration retryPause;

	StatementPush(Accounts accounts, Portfolios portfolios, Statements statements, JdbcClient jdbc, JsonMapper json,
			Clock clock, @Value("${kombel.xapi.endpoint}") String endpoint,
			@Value("${kombel.xapi.username:}") String username, @Value("${kombel.xapi.password:}") String password,
			@Value("${kombel.base-url:http://localhost:8080}") String baseUrl,
			@Value("${kombel.xapi.retry-pause:PT2S}") Duration retryPause) {
		this.accounts = accounts;
		this.portfolios = portfolios;
		this.statements = statements;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.endpoint = endpoint.endsWith("/") ? endpoint + "statements" : endpoint + "/statements";
		this.authorization = username.isEmpty() ? null : "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		this.baseUrl = baseUrl;
		this.retryPause = retryPause;
	}

	@Scheduled(fixedDelayString = "${kombel.xapi.interval:PT15M}", initialDelayString = "${kombel.xapi.interval:PT15M}")
	@SchedulerLock(name = "portfolio-xapi-push")
	public void run() {
		push();
	}

	/** Sends what was not sent yet; answers how many statements the store took. */
	public int push() {
		int sent = 0;
		Period all = new Period(LocalDate.of(2000, 1, 1), portfolios.today());
		for (int page = 0;; page++) {
			PageResult<AccountView> list = accounts.list(page, 200);
			for (AccountView a : list.content()) {
				Subject who = new Subject(a.id(), a.educatorId(), a.email(), a.displayName());
				List<Map<String, Object>> pending = unsent(
						statements.of(who, portfolios.build(who, all, baseUrl, Locale.forLanguageTag("id")), baseUrl));
				for (int i = 0; i < pending.size(); i += BATCH) {
					List<Map<String, Object>> batch = pending.subList(i, Math.min(pending.size(), i + BATCH));
					if (!send(batch)) {
						return sent;
					}
					batch.forEach(
							s -> jdbc.sql("insert into portfolio_xapi_sent (statement_id, sent_at) values (:id, :at)")
								.param("id", s.get("id"))
								.param("at", Timestamp.from(clock.instant()))
								.update());
					sent += batch.size();
				}
			}
			if (page + 1 >= list.totalPages()) {
				return sent;
			}
		}
	}

	private List<Map<String, Object>> unsent(List<Map<String, Object>> all) {
		if (all.isEmpty()) {
			return all;
		}
		Set<String> done = new HashSet<>(
				jdbc.sql("select statement_id from portfolio_xapi_sent where statement_id in (:ids)")
					.param("ids", all.stream().map(s -> (String) s.get("id")).toList())
					.query(String.class)
					.list());
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map<String, Object> s : all) {
			if (done.add((String) s.get("id"))) {
				out.add(s);
			}
		}
		return out;
	}

	private boolean send(List<Map<String, Object>> batch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("X-Experience-API-Version", "1.0.3")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(batch)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() / 100 == 2 || r.statusCode() == 409) {
					return true;
				}
				log.warn("xAPI store answered {} (attempt {}): {}", r.statusCode(), attempt, r.body());
			}
			catch (java.io.IOException ex) {
				log.warn("xAPI store unreachable (attempt {}): {}", attempt, ex.toString());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			try {
				Thread.sleep(retryPause.toMillis() * attempt);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

}
