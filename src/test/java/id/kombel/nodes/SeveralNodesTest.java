package id.kombel.nodes;

import static id.kombel.support.RateLimitWindows.awayFromAWindowEnd;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import id.kombel.KombelApplication;
import id.kombel.accounts.Accounts;
import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.TestDatabase;

/**
 * Two application nodes on one PostgreSQL, as behind a round-robin balancer without
 * sticky sessions: two contexts of the whole application on their own ports and data
 * directories, one database, one file store and one secret. Both start at once on the
 * empty database with the demo dataset (one seeds it, the other waits and finds it). What
 * changes through node A holds on node B within one second.
 */
class SeveralNodesTest {

	private static final Duration WITHIN = Duration.ofSeconds(1);

	private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static Path files;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		TestDatabase.Connection db = TestDatabase.another("kombel_nodes");
		Path root = Files.createDirectories(Path.of("target", "nodes-test", UUID.randomUUID().toString()));
		files = root.resolve("files");
		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture
			.supplyAsync(() -> node(db, root.resolve("a")));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture
			.supplyAsync(() -> node(db, root.resolve("b")));
		a = first.get();
		b = second.get();
	}

	private static ConfigurableApplicationContext node(TestDatabase.Connection db, Path dataDir) {
		// arguments, as an operator starts a node: they override application.properties
		return new SpringApplicationBuilder(KombelApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password(), "--kombel.data-dir=" + dataDir,
				"--kombel.storage.dir=" + files, "--kombel.secret=several-nodes-test-secret", "--kombel.demo=true",
				// a cluster searches on OpenSearch; these tests search nothing, and one
				// shared OpenSearch would mix their index with other test contexts'
				"--kombel.search.lucene.allow-several-nodes=true");
	}

	@AfterAll
	static void stopNodes() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost" + ":" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static Api api(ConfigurableApplicationContext node) {
		return new Api(base(node));
	}

	@Test
	void aWebSessionFromOneNodeIsKnownOnTheOtherAndSigningOutEndsItOnBoth() throws Exception {
		String session = signIn(base(a), "guru@demo.kombel.id", "kombel-demo");
		assertThat(page(base(b), "/communities/new", session).statusCode()).as("signed in on A, a page on B")
			.isEqualTo(200);
		assertThat(page(base(a), "/communities/new", session).statusCode()).isEqualTo(200);

		String csrf = csrfOf(page(base(b), "/communities/new", session).body());
		HttpResponse<String> out = send(base(b), "/logout", session, "POST", "_csrf=" + csrf);
		assertThat(out.statusCode()).as(out.body()).isEqualTo(302);
		HttpResponse<String> after = page(base(a), "/communities/new", session);
		assertThat(after.statusCode()).as("signed out on B, asked to sign in on A").isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
	}

	@Test
	void aTokenRevokedOnOneNodeIsRefusedOnTheOtherWithinASecond() {
		Api onA = api(a).as("anggota@demo.kombel.id");
		String token = onA.get("/api/v1/tokens/current").status() == 200 ? tokenOf(onA) : null;
		Api onB = api(b).withToken(token);
		assertThat(onB.get("/api/v1/tokens/current").status()).as("B has seen the token").isEqualTo(200);
		assertThat(onA.delete("/api/v1/tokens/current").status()).isEqualTo(204);
		assertThat(within(() -> onB.get("/api/v1/tokens/current").status(), 401)).isEqualTo(401);
	}

	@Test
	void anAccountDisabledOnOneNodeIsSignedOutOnTheOther() throws Exception {
		Api admin = api(a).as("admin@demo.kombel.id");
		String email = "node-" + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		Response created = admin.post("/api/v1/accounts", "{\"email\":\"" + email
				+ "\",\"displayName\":\"Guru Dua Node\",\"password\":\"rahasia-sekali\",\"grants\":[{\"role\":\"TEACHER\"}]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		Api onB = api(b).as(email, "rahasia-sekali");
		String session = signIn(base(b), email, "rahasia-sekali");
		assertThat(onB.get("/api/v1/tokens/current").status()).isEqualTo(200);
		assertThat(page(base(b), "/communities/new", session).statusCode()).isEqualTo(200);

		a.getBean(Accounts.class).setEnabled(id, false);

		assertThat(within(() -> onB.get("/api/v1/tokens/current").status(), 401)).isEqualTo(401);
		assertThat(within(() -> uncheckedPage(base(b), "/communities/new", session), 302)).isEqualTo(302);
	}

	@Test
	void aRoleChangedOnOneNodeIsInForceOnTheOtherWithinASecond() throws Exception {
		Api admin = api(a).as("admin@demo.kombel.id");
		String email = "roles-" + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		Response created = admin.post("/api/v1/accounts", "{\"email\":\"" + email
				+ "\",\"displayName\":\"Guru Peran\",\"password\":\"rahasia-sekali\",\"grants\":[{\"role\":\"TEACHER\"}]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		Api onB = api(b).as(email, "rahasia-sekali");
		String session = signIn(base(b), email, "rahasia-sekali");
		assertThat(onB.get("/api/v1/accounts").status()).as("a teacher, on B").isEqualTo(403);
		assertThat(page(base(b), "/admin/accounts", session).statusCode()).isEqualTo(403);

		Response changed = admin.put("/api/v1/accounts/" + id + "/roles",
				"{\"grants\":[{\"role\":\"TEACHER\"},{\"role\":\"ADMIN\"}]}");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("grants").toString()).contains("ADMIN");

		assertThat(within(() -> onB.get("/api/v1/accounts").status(), 200)).as("the token's new role on B")
			.isEqualTo(200);
		assertThat(within(() -> uncheckedPage(base(b), "/admin/accounts", session), 200))
			.as("the session's new role on B")
			.isEqualTo(200);

		assertThat(admin.put("/api/v1/accounts/" + id + "/roles", "{\"grants\":[{\"role\":\"TEACHER\"}]}").status())
			.isEqualTo(200);
		assertThat(within(() -> onB.get("/api/v1/accounts").status(), 403)).as("taken back, on B").isEqualTo(403);
	}

	@Test
	void onlyAnAdministratorChangesRolesAndBadGrantsAreNamed() {
		Api admin = api(a).as("admin@demo.kombel.id").inLanguage("en");
		Api teacher = api(a).as("guru@demo.kombel.id");
		long guru = accountId(teacher);
		String adminGrant = "{\"grants\":[{\"role\":\"ADMIN\"}]}";
		Response refused = teacher.put("/api/v1/accounts/" + guru + "/roles", adminGrant);
		assertThat(refused.status()).as("a teacher making themselves administrator").isEqualTo(403);

		Response empty = admin.put("/api/v1/accounts/" + guru + "/roles", "{\"grants\":[]}");
		assertThat(empty.status()).as(empty.body()).isEqualTo(400);
		assertThat(empty.body()).contains("\"grants\"");
		Response noRegion = admin.put("/api/v1/accounts/" + guru + "/roles", "{\"grants\":[{\"role\":\"BALAI\"}]}");
		assertThat(noRegion.status()).as(noRegion.body()).isEqualTo(400);
		assertThat(noRegion.body()).contains("grants.regionCode");
		Response self = admin.put("/api/v1/accounts/" + accountId(admin) + "/roles",
				"{\"grants\":[{\"role\":\"TEACHER\"}]}");
		assertThat(self.status()).as(self.body()).isEqualTo(400);
		assertThat(self.body()).contains("administrator role from your own account");
		assertThat(admin.put("/api/v1/accounts/999999999/roles", adminGrant).status()).isEqualTo(404);
		assertThat(teacher.get("/api/v1/tokens/current").body()).as("nothing changed").doesNotContain("ADMIN");
	}

	@Test
	void theAccountsPageChangesARoleForEveryNode() throws Exception {
		Api admin = api(a).as("admin@demo.kombel.id");
		String email = "page-roles-" + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		Response created = admin.post("/api/v1/accounts", "{\"email\":\"" + email
				+ "\",\"displayName\":\"Guru Halaman\",\"password\":\"rahasia-sekali\",\"grants\":[{\"role\":\"TEACHER\"}]}");
		long id = created.json().get("id").asLong();
		Api onB = api(b).as(email, "rahasia-sekali");
		assertThat(onB.get("/api/v1/accounts").status()).isEqualTo(403);
		String teacher = signIn(base(a), "guru@demo.kombel.id", "kombel-demo");
		String csrfOfTeacher = csrfOf(page(base(a), "/communities/new", teacher).body());
		assertThat(
				send(base(a), "/admin/accounts/" + id + "/roles", teacher, "POST", "role=ADMIN&_csrf=" + csrfOfTeacher)
					.statusCode())
			.as("a teacher posting the form")
			.isEqualTo(403);

		String session = signIn(base(a), "admin@demo.kombel.id", "kombel-demo");
		HttpResponse<String> list = page(base(a), "/admin/accounts", session);
		assertThat(list.body()).contains("Ubah peran", "/admin/accounts/");
		String csrf = csrfOf(list.body());
		HttpResponse<String> bad = send(base(a), "/admin/accounts/" + id + "/roles", session, "POST",
				"role=BALAI&regionCode=&_csrf=" + csrf);
		assertThat(bad.statusCode()).isEqualTo(302);
		assertThat(page(base(a), "/admin/accounts", session).body()).as("the problem, on the page")
			.contains("role=\"alert\"");
		HttpResponse<String> posted = send(base(a), "/admin/accounts/" + id + "/roles", session, "POST",
				"role=ADMIN&_csrf=" + csrfOf(page(base(a), "/admin/accounts", session).body()));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(page(base(a), "/admin/accounts", session).body()).contains("Peran akun " + email + " sudah diubah");
		assertThat(within(() -> onB.get("/api/v1/accounts").status(), 200)).as("changed on A's page, in force on B")
			.isEqualTo(200);
	}

	private static long accountId(Api api) {
		return api.get("/api/v1/tokens/current").json().get("accountId").asLong();
	}

	@Test
	void joiningOnOneNodeLetsTheMemberCheckInOnTheOther() {
		Api guruA = api(a).as("guru@demo.kombel.id");
		Api guruB = api(b).withToken(tokenOf(guruA));
		Api kepsekB = api(b).as("anggota@demo.kombel.id");
		Api kepsekA = api(a).withToken(tokenOf(kepsekB));
		long community = community(guruA);
		long activity = schedule(guruA, community);
		String code = guruA.get("/api/v1/activities/" + activity).json().get("checkInCode").asString();
		// B reads the community and the activity into its caches
		assertThat(guruB.get("/api/v1/communities/" + community).status()).isEqualTo(200);
		// an outsider sees nothing of the activity (404), as on one node
		Response refused = kepsekB.post("/api/v1/activities/" + activity + "/check-ins", checkIn(code));
		assertThat(refused.status()).as("not a member yet: " + refused.body()).isEqualTo(404);

		assertThat(kepsekA.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);

		assertThat(within(() -> kepsekB.post("/api/v1/activities/" + activity + "/check-ins", checkIn(code)).status(),
				201))
			.as("joined on A, checked in on B")
			.isEqualTo(201);
	}

	@Test
	void anActivityClosedOnOneNodeRefusesCheckInsOnTheOther() {
		Open open = openActivity();
		// a mistyped code on B: B now holds the open activity in its cache
		assertThat(open.checkIn(open.memberB(), open.wrong()).status()).isEqualTo(400);

		assertThat(open.guruA().post("/api/v1/activities/" + open.id() + "/close", "").status()).isEqualTo(200);

		Response late = open.checkIn(open.memberB().inLanguage("en"), open.code());
		assertThat(late.status()).as("closed on A: " + late.body()).isEqualTo(400);
		assertThat(late.body()).contains("closed");
		assertThat(open.guruA().get("/api/v1/activities/" + open.id()).json().get("attendance").toString())
			.doesNotContain("PRESENT");
	}

	@Test
	void wrongCodesOnOneNodeRefuseEvenTheRightCodeOnTheOther() {
		awayFromAWindowEnd(Duration.ofMinutes(15));
		Open open = openActivity();
		for (int i = 0; i < 10; i++) {
			assertThat(open.checkIn(open.memberA(), open.wrong()).status()).isEqualTo(400);
		}
		// B answers from the count A wrote, asked in its insert's own statement
		Response blocked = open.checkIn(open.memberB(), open.code());
		assertThat(blocked.status()).as("ten wrong codes on A: " + blocked.body()).isEqualTo(429);
		assertThat(blocked.header("Retry-After")).isNotBlank();
		JdbcTemplate db = new JdbcTemplate(a.getBean(DataSource.class));
		assertThat(db.queryForObject("select count(*) from attendance where activity_id = ?", Integer.class, open.id()))
			.as("no attendance row while blocked")
			.isZero();
	}

	@Test
	void aCloseCommittedBeforeItsNotificationArrivesStillRefusesTheCheckIn() {
		Open open = openActivity();
		// B holds the open activity in its cache
		assertThat(open.checkIn(open.memberB(), open.wrong()).status()).isEqualTo(400);

		// the close commits, and B has not heard of it yet: written without its
		// notification, as in the milliseconds between another node's commit and B's
		// eviction
		JdbcTemplate db = new JdbcTemplate(a.getBean(DataSource.class));
		assertThat(db.update("update activity set closed_at = current_timestamp where id = ?", open.id())).isEqualTo(1);

		Response late = open.checkIn(open.memberB().inLanguage("en"), open.code());
		assertThat(late.status()).as("closed in the database: " + late.body()).isEqualTo(400);
		assertThat(late.body()).contains("This activity is closed").contains("\"code\"");
		assertThat(db.queryForObject("select count(*) from attendance where activity_id = ?", Integer.class, open.id()))
			.as("no attendance row for the closed activity")
			.isZero();
	}

	@Test
	void checkInsRacingACloseAreEitherCertifiedOrRefused() throws Exception {
		Api guruA = api(a).as("guru@demo.kombel.id");
		Api admin = api(a).as("admin@demo.kombel.id");
		long community = community(guruA);
		List<Api> members = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String email = "race-" + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
			assertThat(admin
				.post("/api/v1/accounts",
						"{\"email\":\"" + email + "\",\"displayName\":\"Guru Balapan " + i
								+ "\",\"password\":\"rahasia-sekali\",\"grants\":[{\"role\":\"TEACHER\"}]}")
				.status()).isEqualTo(201);
			Api member = api(i % 2 == 0 ? a : b).as(email, "rahasia-sekali");
			assertThat(member.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);
			members.add(member);
		}
		long activity = schedule(guruA, community);
		String code = guruA.get("/api/v1/activities/" + activity).json().get("checkInCode").asString();
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (Api member : members) {
			// every node holds the open activity
			member.post("/api/v1/activities/" + activity + "/check-ins", checkIn(wrong));
		}
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		List<CompletableFuture<Integer>> checkIns = members.stream().map(m -> CompletableFuture.supplyAsync(() -> {
			await(go);
			return m.post("/api/v1/activities/" + activity + "/check-ins", checkIn(code)).status();
		})).toList();
		CompletableFuture<Integer> close = CompletableFuture.supplyAsync(() -> {
			await(go);
			return guruA.post("/api/v1/activities/" + activity + "/close", "").status();
		});
		go.countDown();
		assertThat(close.get()).isEqualTo(200);
		List<Integer> answers = checkIns.stream().map(CompletableFuture::join).toList();
		assertThat(answers).as("accepted or refused as closed").allMatch(s -> s == 201 || s == 400);

		JdbcTemplate db = new JdbcTemplate(a.getBean(DataSource.class));
		List<Long> present = db.queryForList(
				"select account_id from attendance where activity_id = ? and status = 'PRESENT' order by account_id",
				Long.class, activity);
		List<Long> certified = db.queryForList(
				"select account_id from certificate where activity_id = ? order by account_id", Long.class, activity);
		assertThat(certified).as("everyone present when it closed is certified, no one else").isEqualTo(present);
		assertThat(present).as("one attendance row per accepted check-in")
			.hasSize((int) answers.stream().filter(s -> s == 201).count());
	}

	private static void await(java.util.concurrent.CountDownLatch go) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aGoalOrActivityAddedOnOneNodeIsListedOnTheOtherWithinASecond() {
		Api guruA = api(a).as("guru@demo.kombel.id");
		Api guruB = api(b).withToken(tokenOf(guruA));
		long community = community(guruA);
		assertThat(guruB.get("/api/v1/communities/" + community + "/goals").json()).isEmpty();
		assertThat(page(guruB, "/communities/" + community)).doesNotContain("Diskusi dua node");

		Response goal = guruA.post("/api/v1/communities/" + community + "/goals",
				"""
						{"purpose":"INTEGRATE","indicator":"A.2","unit":"% murid","baseline":40,"target":80,"dueDate":"2027-06-30"}""");
		assertThat(goal.status()).as(goal.body()).isEqualTo(201);
		schedule(guruA, community);

		assertThat(within(() -> guruB.get("/api/v1/communities/" + community + "/goals").json().size(), 1))
			.as("the goal on B")
			.isEqualTo(1);
		assertThat(within(() -> page(guruB, "/communities/" + community).contains("Diskusi dua node"), true))
			.as("the activity on B's community page")
			.isTrue();
	}

	@Test
	void aCommunityChangedOnOneNodeShowsOnTheOthersListWithinASecond() {
		Api guruA = api(a).as("guru@demo.kombel.id");
		Api guruB = api(b).withToken(tokenOf(guruA));
		long community = community(guruA);
		String name = guruA.get("/api/v1/communities/" + community).json().get("name").asString();
		String list = "/communities?q=" + name.replace(" ", "+");
		// B renders the card and keeps it
		assertThat(page(guruB, list)).contains(name).contains("1 anggota");

		assertThat(api(a).as("kepsek@demo.kombel.id").post("/api/v1/communities/" + community + "/join", "").status())
			.isEqualTo(201);
		assertThat(within(() -> page(guruB, list).contains("2 anggota"), true)).as("the new member on B's card")
			.isTrue();
		Response renamed = guruA.put("/api/v1/communities/" + community,
				"{\"name\":\"" + name + " Baru\",\"kind\":\"ONLINE\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(within(() -> page(guruB, list).contains(name + " Baru"), true)).as("the new name on B's card")
			.isTrue();
		assertThat(page(guruB, list)).contains("Daring");
	}

	@Test
	void aMaterialUploadedOnOneNodeIsDownloadedOnTheOther() throws Exception {
		Api guruA = api(a).as("guru@demo.kombel.id");
		Api guruB = api(b).withToken(tokenOf(guruA));
		byte[] pdf = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n% " + UUID.randomUUID() + "\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		String meta = "{\"title\":\"Modul dua node\",\"kind\":\"MODUL_AJAR\",\"levels\":[\"SD\"],"
				+ "\"subjects\":[\"Bahasa Indonesia\"],\"description\":\"Modul yang diunggah lewat node A\"}";
		String boundary = "kombel-" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + meta + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"modul.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		var body = new java.io.ByteArrayOutputStream();
		body.write(head.getBytes(StandardCharsets.UTF_8));
		body.write(pdf);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> up = HTTP.send(HttpRequest.newBuilder(URI.create(base(a) + "/api/v1/materials"))
			.header("Authorization", "Bearer " + tokenOf(guruA))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), BodyHandlers.ofString());
		assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
		long id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(up.body()).get("id").asLong();

		Response download = guruB.get("/api/v1/materials/" + id + "/download");
		assertThat(download.status()).as("uploaded on A, downloaded on B").isEqualTo(200);
		assertThat(download.body()).isEqualTo(new String(pdf, StandardCharsets.US_ASCII));
		assertThat(Files.walk(files.resolve("materials")).filter(Files::isRegularFile).count())
			.as("kept in the shared store, not a node's data directory")
			.isPositive();
	}

	// --- helpers

	private static String tokenOf(Api api) {
		// the Api keeps its token private; a fresh one is as good
		try {
			var field = Api.class.getDeclaredField("token");
			field.setAccessible(true);
			return (String) field.get(api);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long community(Api guru) {
		Response r = guru
			.post("/api/v1/communities", "{\"name\":\"Dua Node " + UUID.randomUUID().toString().substring(0, 8)
					+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\",\"joinPolicy\":\"OPEN\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private static long schedule(Api guru, long community) {
		OffsetDateTime now = OffsetDateTime.now(WIB).truncatedTo(ChronoUnit.MINUTES);
		Response r = guru.post("/api/v1/communities/" + community + "/activities",
				"{\"title\":\"Diskusi dua node\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"SD Negeri 1\","
						+ "\"startsAt\":\"" + now.minusMinutes(30) + "\",\"endsAt\":\"" + now.plusHours(1) + "\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private static String checkIn(String code) {
		return "{\"code\":\"" + code + "\"}";
	}

	/**
	 * A new community of the teacher on A with an activity open now, its code and a wrong
	 * one, and a member signed in on A who is the same member on B (the same token).
	 */
	private Open openActivity() {
		Api guruA = api(a).as("guru@demo.kombel.id");
		Api anggotaA = api(a).as("anggota@demo.kombel.id");
		long community = community(guruA);
		assertThat(anggotaA.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);
		long activity = schedule(guruA, community);
		String code = guruA.get("/api/v1/activities/" + activity).json().get("checkInCode").asString();
		return new Open(guruA, anggotaA, api(b).withToken(tokenOf(anggotaA)), activity, code,
				code.equals("000000") ? "111111" : "000000");
	}

	private record Open(Api guruA, Api memberA, Api memberB, long id, String code, String wrong) {

		Response checkIn(Api member, String code) {
			return member.post("/api/v1/activities/" + id + "/check-ins", SeveralNodesTest.checkIn(code));
		}

	}

	private static String page(Api api, String path) {
		return api.get(path).body();
	}

	/** Asks again until the answer is the expected one or the second has passed. */
	private static <T> T within(Supplier<T> ask, T expected) {
		long deadline = System.nanoTime() + WITHIN.toNanos();
		T answer = ask.get();
		while (!expected.equals(answer) && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			answer = ask.get();
		}
		return answer;
	}

	/** Signs in with the form and gives back the session cookie. */
	static String signIn(String base, String email, String password) throws Exception {
		HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				BodyHandlers.ofString());
		String xsrf = cookie(login, "XSRF-TOKEN");
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrfOf(login.body());
		HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "XSRF-TOKEN=" + xsrf)
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String session = cookie(posted, "SESSION");
		assertThat(session).as("a session cookie").isNotNull();
		return "SESSION=" + session + "; XSRF-TOKEN=" + xsrf;
	}

	/** The page's CSRF field (masked per page, as a browser posts it). */
	static String csrfOf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
			.matcher(html);
		assertThat(m.find()).as("a CSRF field on the page").isTrue();
		return URLEncoder.encode(m.group(1) != null ? m.group(1) : m.group(2), StandardCharsets.UTF_8);
	}

	private static String cookie(HttpResponse<?> r, String name) {
		Pattern p = Pattern.compile(name + "=([^;]*)");
		for (String header : r.headers().allValues("Set-Cookie")) {
			Matcher m = p.matcher(header);
			if (m.find()) {
				return m.group(1);
			}
		}
		return null;
	}

	static HttpResponse<String> page(String base, String path, String cookies) throws Exception {
		return send(base, path, cookies, "GET", null);
	}

	private static int uncheckedPage(String base, String path, String cookies) {
		try {
			return page(base, path, cookies).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static HttpResponse<String> send(String base, String path, String cookies, String method, String form)
			throws IOException, InterruptedException {
		HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies);
		if (form != null) {
			r.header("Content-Type", "application/x-www-form-urlencoded").method(method, BodyPublishers.ofString(form));
		}
		else {
			r.method(method, BodyPublishers.noBody());
		}
		return HTTP.send(r.build(), BodyHandlers.ofString());
	}

	static List<ConfigurableApplicationContext> nodes() {
		return List.of(a, b);
	}

}
