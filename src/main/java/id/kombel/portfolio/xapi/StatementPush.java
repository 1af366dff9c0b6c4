package id.kombel.portfolio.xapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * Sends the statements of the accounts whose record changed ({@link XapiOutbox}) to the
 * Learning Record Store at {@code kombel.xapi.endpoint} (basic auth
 * {@code kombel.xapi.username}/{@code password}), once in the cluster
 * ({@code @SchedulerLock}, {@code shared.jobs}); a run with nothing due reads no record.
 * Once a day ({@code kombel.xapi.sweep}) every account is marked due, for what no event
 * announces. A statement is remembered once the store accepted it and never sent again; a
 * batch the store refuses or does not answer is tried three times, then its account waits
 * for the next run. Statement ids are stable, so a store that took a batch whose answer
 * was lost answers the repeat with a conflict, which counts as taken.
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

	private final XapiOutbox outbox;

	private final Duration sweep;

	private volatile int accountsRead;

	StatementPush(Accounts accounts, Portfolios portfolios, Statements statements, XapiOutbox outbox, JdbcClient jdbc,
			JsonMapper json, Clock clock, @Value("${kombel.xapi.endpoint}") String endpoint,
			@Value("${kombel.xapi.username:}") String username, @Value("${kombel.xapi.password:}") String password,
			@Value("${kombel.base-url:http://localhost:8080}") String baseUrl,
			@Value("${kombel.xapi.retry-pause:PT2S}") Duration retryPause,
			@Value("${kombel.xapi.sweep:P1D}") Duration sweep) {
		this.outbox = outbox;
		this.sweep = sweep;
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

	/**
	 * Sends what was not sent yet of the accounts marked due (all of them once per
	 * sweep); answers how many statements the store took.
	 */
	public int push() {
		sweepIfDue();
		accountsRead = 0;
		int sent = 0;
		Period all = new Period(LocalDate.of(2000, 1, 1), portfolios.today());
		while (true) {
			List<Long> due = outbox.next(200);
			if (due.isEmpty()) {
				return sent;
			}
			for (long id : due) {
				Optional<AccountView> account = outbox.claim(id) ? accounts.find(id) : Optional.empty();
				if (account.isEmpty()) {
					continue;
				}
				AccountView a = account.get();
				accountsRead++;
				Subject who = new Subject(a.id(), a.educatorId(), a.email(), a.displayName());
				List<Map<String, Object>> pending = unsent(
						statements.of(who, portfolios.build(who, all, baseUrl, Locale.forLanguageTag("id")), baseUrl));
				for (int i = 0; i < pending.size(); i += BATCH) {
					List<Map<String, Object>> batch = pending.subList(i, Math.min(pending.size(), i + BATCH));
					if (!send(batch)) {
						// the store is away: this account waits for the next run
						outbox.due(id);
						return sent;
					}
					remember(batch);
					sent += batch.size();
				}
			}
		}
	}

	/** How many accounts' records the last run read. */
	int accountsRead() {
		return accountsRead;
	}

	/**
	 * Marks every account due when the last sweep is older than {@code kombel.xapi.sweep}
	 * (a day): what no event announces reaches the store within that time.
	 */
	private void sweepIfDue() {
		Instant now = clock.instant();
		Optional<Instant> last = jdbc.sql("select swept_at from portfolio_xapi_sweep where name = 'all'")
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
		if (last.isPresent() && last.get().plus(sweep).isAfter(now)) {
			return;
		}
		for (int page = 0;; page++) {
			PageResult<AccountView> list = accounts.list(page, 500);
			list.content().forEach(a -> outbox.due(a.id()));
			if (page + 1 >= list.totalPages()) {
				break;
			}
		}
		if (jdbc.sql("update portfolio_xapi_sweep set swept_at = :at where name = 'all'")
			.param("at", Timestamp.from(now))
			.update() == 0) {
			jdbc.sql("insert into portfolio_xapi_sweep (name, swept_at) values ('all', :at)")
				.param("at", Timestamp.from(now))
				.update();
		}
	}

	private void remember(List<Map<String, Object>> batch) {
		batch.forEach(s -> jdbc.sql("insert into portfolio_xapi_sent (statement_id, sent_at) values (:id, :at)")
			.param("id", s.get("id"))
			.param("at", Timestamp.from(clock.instant()))
			.update());
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
