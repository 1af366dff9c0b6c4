package id.kombel.nodes;

import static id.kombel.nodes.SeveralNodesTest.csrfOf;
import static id.kombel.nodes.SeveralNodesTest.page;
import static id.kombel.nodes.SeveralNodesTest.send;
import static id.kombel.nodes.SeveralNodesTest.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import id.kombel.KombelApplication;
import id.kombel.accounts.Accounts;
import id.kombel.accounts.Grant;
import id.kombel.accounts.NewAccount;
import id.kombel.shared.access.Role;
import id.kombel.support.SqlCounter;

/**
 * A signed-in page view writes its web session back at most once a minute when nothing
 * else changed (a signed-in browser's every request used to UPDATE its
 * {@code spring_session} row), while a real change is written at once and seen on the
 * other node, and the timeout still holds on both. Two nodes on one database, as in
 * {@link SeveralNodesTest}; each subclass names the database. The statements are counted
 * on the request threads of both nodes ({@link SqlCounter}). Time is moved by ageing the
 * session's row: Spring Session reads the system clock itself (expiry on reading, the
 * cleanup), so the application's {@code Clock} bean would not move it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SessionWritesTest {

	private static final String PAGE = "/communities/new";

	private static final Pattern SESSION_UPDATE = Pattern.compile("(?is)^\\s*UPDATE\\s+SPRING_SESSION\\s+SET\\b");

	// the session's row (with its attributes joined), not the attributes' table alone
	private static final Pattern SESSION_SELECT = Pattern.compile("(?is)^\\s*SELECT\\b.*\\bFROM\\s+SPRING_SESSION\\s");

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	/** The arguments putting a node on this test's database. */
	abstract List<String> database(Path root);

	@BeforeAll
	void startTwoNodes() {
		Path root = Path.of("target", "session-writes-test", UUID.randomUUID().toString()).toAbsolutePath();
		List<String> shared = database(root);
		// one after the other: the first migrates the empty database
		a = node(shared, root.resolve("a"), root.resolve("files"));
		b = node(shared, root.resolve("b"), root.resolve("files"));
	}

	private static ConfigurableApplicationContext node(List<String> database, Path dataDir, Path files) {
		List<String> args = new ArrayList<>(database);
		args.addAll(List.of("--server.port=0", "--kombel.data-dir=" + dataDir, "--kombel.storage.dir=" + files,
				"--kombel.secret=session-writes-test-secret", "--kombel.demo=false", "--kombel.warm-up=0s",
				"--kombel.communities.warm-up-snapshots=0", "--kombel.search.lucene.allow-several-nodes=true"));
		try {
			Files.createDirectories(dataDir);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return new SpringApplicationBuilder(KombelApplication.class, SqlCounter.class).run(args.toArray(String[]::new));
	}

	@AfterAll
	void stopNodes() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void signedInPageViewsWithinAMinuteWriteTheSessionAtMostOnce() throws Exception {
		String email = account(Role.TEACHER);
		String session = signIn(base(a), email, "rahasia-sekali");
		long signedInAt = lastAccess(email);
		resetCounters();
		for (int i = 0; i < 4; i++) {
			assertThat(page(base(a), PAGE, session).statusCode()).isEqualTo(200);
			assertThat(page(base(b), PAGE, session).statusCode()).isEqualTo(200);
		}
		List<String> writes = sessionUpdates();
		System.out.println("Eight signed-in page views on two nodes: " + writes.size() + " UPDATEs of spring_session, "
				+ sessionSelects().size() + " SELECTs of it, " + statements() + " SQL statements in all");
		assertThat(writes).as("UPDATEs of spring_session over eight page views in a minute")
			.hasSizeLessThanOrEqualTo(1);
		assertThat(lastAccess(email)).as("the last access as written at sign-in").isEqualTo(signedInAt);
	}

	@Test
	void aSignedInPageViewReadsItsSessionOnce() throws Exception {
		String email = account(Role.TEACHER);
		String session = signIn(base(a), email, "rahasia-sekali");
		for (ConfigurableApplicationContext node : List.of(a, b)) {
			resetCounters();
			assertThat(page(base(node), PAGE, session).statusCode()).isEqualTo(200);
			assertThat(sessionSelects()).as("SELECTs of spring_session in one signed-in page view").hasSize(1);
		}
	}

	@Test
	void aSessionUsedAgainAfterTheWriteBackIntervalHasItsLastAccessWritten() throws Exception {
		String email = account(Role.TEACHER);
		String session = signIn(base(a), email, "rahasia-sekali");
		age(email, Duration.ofSeconds(61));
		resetCounters();
		long before = System.currentTimeMillis();
		assertThat(page(base(b), PAGE, session).statusCode()).isEqualTo(200);
		assertThat(sessionUpdates()).as("a page view a minute after the last write").hasSize(1);
		assertThat(lastAccess(email)).as("written as now").isGreaterThanOrEqualTo(before);

		resetCounters();
		assertThat(page(base(a), PAGE, session).statusCode()).isEqualTo(200);
		assertThat(sessionUpdates()).as("and the next one in the same minute").isEmpty();
	}

	@Test
	void aFlashSetOnOneNodeIsWrittenAtOnceAndSeenOnTheOther() throws Exception {
		String admin = account(Role.ADMIN);
		String session = signIn(base(a), admin, "rahasia-sekali");
		String created = "flash-" + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		String csrf = csrfOf(page(base(a), "/admin/accounts", session).body());
		resetCounters();
		HttpResponse<String> posted = send(base(a), "/admin/accounts", session, "POST",
				"_csrf=" + csrf + "&email=" + created + "&displayName=Guru+Kilat&password=rahasia-sekali&role=TEACHER");
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		String notice = "Akun " + created + " sudah dibuat.";
		assertThat(page(base(b), "/admin/accounts", session).body()).as("the flash set on A, shown on B")
			.contains(notice);
		assertThat(page(base(a), "/admin/accounts", session).body()).as("and taken on B, so gone on A")
			.doesNotContain(notice);
	}

	@Test
	void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
		String email = account(Role.TEACHER);
		String session = signIn(base(a), email, "rahasia-sekali");
		assertThat(page(base(a), PAGE, session).statusCode()).isEqualTo(200);
		String csrf = csrfOf(page(base(b), PAGE, session).body());
		assertThat(send(base(b), "/logout", session, "POST", "_csrf=" + csrf).statusCode()).isEqualTo(302);
		assertThat(sessions(email)).as("the row is gone").isZero();
		HttpResponse<String> after = page(base(a), PAGE, session);
		assertThat(after.statusCode()).as("signed out on B, asked to sign in on A").isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
	}

	@Test
	void aSessionIdlePastItsTimeoutIsExpiredOnEveryNodeAndOneInUseIsNot() throws Exception {
		String idle = account(Role.TEACHER);
		String idleSession = signIn(base(a), idle, "rahasia-sekali");
		String busy = account(Role.TEACHER);
		String busySession = signIn(base(a), busy, "rahasia-sekali");
		Duration timeout = timeout(busy);
		// last written well within the timeout, then used: that use is written
		age(busy, timeout.minusSeconds(90));
		assertThat(page(base(b), PAGE, busySession).statusCode()).isEqualTo(200);
		age(idle, timeout.plusSeconds(1));

		a.getBean(JdbcIndexedSessionRepository.class).cleanUpExpiredSessions();

		assertThat(sessions(idle)).as("the idle session, cleaned up").isZero();
		assertThat(page(base(b), PAGE, idleSession).statusCode()).as("idle, on B").isEqualTo(302);
		assertThat(page(base(a), PAGE, idleSession).statusCode()).as("idle, on A").isEqualTo(302);
		assertThat(page(base(a), PAGE, busySession).statusCode()).as("in use, on A").isEqualTo(200);
		assertThat(page(base(b), PAGE, busySession).statusCode()).as("in use, on B").isEqualTo(200);
	}

	private String account(Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		a.getBean(Accounts.class)
			.create(new NewAccount(email, "Guru Sesi", "rahasia-sekali", null, List.of(Grant.of(role))));
		return email;
	}

	private void resetCounters() {
		a.getBean(SqlCounter.class).reset();
		b.getBean(SqlCounter.class).reset();
	}

	private List<String> sessionUpdates() {
		// the session's row, not its attributes' (UPDATE SPRING_SESSION_ATTRIBUTES)
		return allStatements().stream().filter(sql -> SESSION_UPDATE.matcher(sql).find()).toList();
	}

	private List<String> sessionSelects() {
		return allStatements().stream().filter(sql -> SESSION_SELECT.matcher(sql).find()).toList();
	}

	private int statements() {
		return allStatements().size();
	}

	private List<String> allStatements() {
		List<String> all = new ArrayList<>(a.getBean(SqlCounter.class).statements());
		all.addAll(b.getBean(SqlCounter.class).statements());
		return all;
	}

	private JdbcClient jdbc() {
		return a.getBean(JdbcClient.class);
	}

	private long lastAccess(String email) {
		return jdbc().sql("SELECT last_access_time FROM spring_session WHERE principal_name = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private int sessions(String email) {
		return jdbc().sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private Duration timeout(String email) {
		return Duration
			.ofSeconds(jdbc().sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = ?")
				.param(email)
				.query(Integer.class)
				.single());
	}

	/** As if the session's row had last been written this long ago. */
	private void age(String email, Duration by) {
		assertThat(jdbc()
			.sql("UPDATE spring_session SET last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
					+ " WHERE principal_name = ?")
			.params(by.toMillis(), by.toMillis(), email)
			.update()).isEqualTo(1);
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

}
