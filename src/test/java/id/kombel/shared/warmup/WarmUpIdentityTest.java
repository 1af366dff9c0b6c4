package id.kombel.shared.warmup;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The warm-up's identity on the running application: before ready it reads what any
 * signed-in teacher reads and nothing more, writes nothing, and is refused once the node
 * is ready; the warm-up itself is answered 200 on every path the modules plan.
 */
class WarmUpIdentityTest extends IntegrationTest {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WarmUpPass pass;

	@Autowired
	private List<WarmUpPaths> modules;

	@Autowired
	private JdbcClient jdbc;

	private long community;

	private long privateQuestion;

	private List<String> memberNames;

	private String name;

	@BeforeEach
	void aCommunityWithMembersAndAPrivateQuestion() {
		Api guru = api().as("guru@demo.kombel.id");
		name = "Kombel Pemanasan " + UUID.randomUUID().toString().substring(0, 8);
		Response created = guru.post("/api/v1/communities",
				"{\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		community = created.json().get("id").asLong();
		api().as("anggota@demo.kombel.id").post("/api/v1/communities/" + community + "/join", "");
		Response members = guru.get("/api/v1/communities/" + community + "/members");
		memberNames = members.json().valueStream().map(m -> m.get("displayName").asString()).toList();
		assertThat(memberNames).hasSize(2);
		Response asked = guru.post("/api/v1/questions", "{\"title\":\"Hanya anggota " + community
				+ "\",\"body\":\"Isi rahasia\",\"visibility\":\"COMMUNITY\",\"communityId\":" + community + "}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		privateQuestion = asked.json().get("id").asLong();
		// as before the node reports ready
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
	}

	@AfterEach
	void ready() {
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void seesWhatAnySignedInTeacherSeesAndNothingOfTheMembers() {
		String page = "/communities/" + community;
		String secret = pass
			.open(Set.of(page, "/api/v1/communities/" + community + "/members", "/questions/" + privateQuestion,
					"/api/v1/questions/" + privateQuestion, "/communities/" + community + "/questions"));

		Response profile = get(page, secret);
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body()).contains(name).doesNotContain(memberNames.toArray(String[]::new));
		assertThat(get("/api/v1/communities/" + community + "/members", secret).status()).isEqualTo(403);
		assertThat(get("/questions/" + privateQuestion, secret).status()).isEqualTo(404);
		assertThat(get("/api/v1/questions/" + privateQuestion, secret).status()).isEqualTo(404);
		Response forum = get("/communities/" + community + "/questions", secret);
		assertThat(forum.status()).isEqualTo(200);
		assertThat(forum.body()).doesNotContain("Hanya anggota");
	}

	@Test
	void writesNothingAndReadsOnlyWhatWasPlanned() {
		String page = "/communities/" + community;
		String join = page + "/join";
		String secret = pass.open(Set.of(page, join, "/api/v1/communities/" + community + "/join"));
		long sessions = count("spring_session");
		long memberships = count("membership");

		// a write is refused even on a planned path, on the page and the API door
		assertThat(send(HttpRequest.newBuilder(URI.create(api().base() + join))
			.header(WarmUpPass.HEADER, secret)
			.POST(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(403);
		assertThat(send(HttpRequest.newBuilder(URI.create(api().base() + "/api/v1/communities/" + community + "/join"))
			.header(WarmUpPass.HEADER, secret)
			.POST(HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(403);
		// a path not planned is refused, not read anonymously
		assertThat(get("/portfolio", secret).status()).isEqualTo(403);
		assertThat(get("/api/v1/communities/mine", secret).status()).isEqualTo(403);
		// a wrong secret likewise
		assertThat(get(page, secret + "x").status()).isEqualTo(403);
		assertThat(get(page, "").status()).isEqualTo(403);
		// reading the planned page opens no session
		assertThat(get(page, secret).status()).isEqualTo(200);

		assertThat(count("membership")).isEqualTo(memberships);
		assertThat(count("spring_session")).isEqualTo(sessions);
	}

	@Test
	void isRefusedOnceTheNodeIsReady() {
		String page = "/communities/" + community;
		String secret = pass.open(Set.of(page));
		assertThat(get(page, secret).status()).isEqualTo(200);

		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);

		assertThat(get(page, secret).status()).as("the same secret after ready").isEqualTo(403);
		assertThatThrownBy(() -> pass.open(Set.of(page))).isInstanceOf(IllegalStateException.class);
		// going back to refusing traffic (a node shutting down) does not bring the old
		// pass
		// back
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		assertThat(get(page, secret).status()).isEqualTo(403);
	}

	@Test
	void theWarmUpIsAnsweredOnEveryPathItPlansAndChangesNothing() throws Exception {
		long sessions = count("spring_session");
		long memberships = count("membership");
		long windows = count("rate_limit_window");
		WarmUp warmUp = new WarmUp(context, pass, modules, Duration.ofSeconds(3), "time", 60, 2, false);

		WarmUp.Result result = warmUp.warm();

		assertThat(result.signedIn()).as("signed-in requests").isPositive();
		assertThat(result.signedInStatuses().keySet()).as("signed-in answers, by status").containsOnly(200);
		assertThat(result.statuses().keySet()).as("public answers, by status").containsOnly(200);
		assertThat(count("membership")).isEqualTo(memberships);
		assertThat(count("spring_session")).isEqualTo(sessions);
		assertThat(count("rate_limit_window")).isEqualTo(windows);
		// the warm-up closes its pass when it ends
		assertThat(get("/communities/" + community, "anything").status()).isEqualTo(403);
	}

	private Response get(String path, String secret) {
		return send(HttpRequest.newBuilder(URI.create(api().base() + path)).header(WarmUpPass.HEADER, secret).GET());
	}

	private Response send(HttpRequest.Builder request) {
		return api().send(request.header("Accept-Language", "id").build());
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
