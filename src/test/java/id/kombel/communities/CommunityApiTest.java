package id.kombel.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Communities as the contract states them: start, find, join, goals, health,
 * permissions.
 */
class CommunityApiTest extends IntegrationTest {

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Measurements may not lie in the future: dates relative to today keep the tests true
	 * every day.
	 */
	static String daysAgo(int days) {
		return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(days).toString();
	}

	static long create(Api api, String body) {
		Response r = api.post("/api/v1/communities", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		assertThat(r.header("Location")).isEqualTo("/api/v1/communities/" + r.json().get("id").asLong());
		return r.json().get("id").asLong();
	}

	@Test
	void aTeacherStartsACommunityAndBecomesItsFacilitator() {
		Api guru = api().as("guru@demo.kombel.id");
		String name = unique("Kombel Numerasi");
		long id = create(guru,
				"{\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		JsonNode community = guru.get("/api/v1/communities/" + id).json();
		assertThat(community.get("myRole").asString()).isEqualTo("FACILITATOR");
		assertThat(community.get("state").asString()).isEqualTo("NOT_STARTED");
		assertThat(community.get("participation").asDouble()).isZero();
		assertThat(community.get("joinPolicy").asString()).isEqualTo("OPEN");
		assertThat(community.get("homeSchoolId").isNull())
			.as("an in-school community is placed at the starter's school")
			.isFalse();

		JsonNode list = api().as("anggota@demo.kombel.id")
			.get("/api/v1/communities?region=12.11&level=SD&size=100")
			.json();
		assertThat(list.get("content").findValuesAsString("name")).contains(name);
		JsonNode elsewhere = guru.get("/api/v1/communities?region=12.71&size=100").json();
		assertThat(elsewhere.get("content").findValuesAsString("name")).doesNotContain(name);
		JsonNode smp = guru.get("/api/v1/communities?region=12.11&level=SMP&size=100").json();
		assertThat(smp.get("content").findValuesAsString("name")).doesNotContain(name);
	}

	@Test
	void joiningFollowsTheCommunitysRule() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long open = create(guru, "{\"name\":\"" + unique("Terbuka")
				+ "\",\"kind\":\"ONLINE\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(anggota.post("/api/v1/communities/" + open + "/join", "").status()).isEqualTo(201);
		assertThat(anggota.post("/api/v1/communities/" + open + "/join", "").status()).isEqualTo(200);
		assertThat(anggota.get("/api/v1/communities/" + open).json().get("memberCount").asInt()).isEqualTo(2);

		long closed = create(guru,
				"{\"name\":\"" + unique("Tertutup") + "\",\"kind\":\"INTER_SCHOOL\",\"levels\":[\"SD\"],"
						+ "\"regionCode\":\"12.11\",\"joinPolicy\":\"APPROVAL\"}");
		assertThat(anggota.post("/api/v1/communities/" + closed + "/join", "").status()).isEqualTo(202);
		assertThat(anggota.get("/api/v1/communities/" + closed).json().get("myStatus").asString()).isEqualTo("PENDING");
		assertThat(anggota.get("/api/v1/communities/" + closed + "/members").status())
			.as("a pending member sees no members yet")
			.isEqualTo(403);

		long anggotaId = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();
		Response approved = guru.post("/api/v1/communities/" + closed + "/members",
				"{\"accountId\":" + anggotaId + "}");
		assertThat(approved.status()).isEqualTo(200);
		assertThat(anggota.get("/api/v1/communities/" + closed).json().get("myStatus").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void goalsCarryProgressFromMeasurements() {
		Api guru = api().as("guru@demo.kombel.id");
		long id = create(guru, "{\"name\":\"" + unique("Tujuan")
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		Response goal = guru.post("/api/v1/communities/" + id + "/goals",
				"""
						{"purpose":"INTEGRATE","indicator":"A.2","unit":"% murid","baseline":40,"target":80,"dueDate":"2027-06-30"}""");
		assertThat(goal.status()).isEqualTo(201);
		long goalId = goal.json().get("id").asLong();
		assertThat(goal.json().get("progress").asDouble()).isZero();
		Response m = guru.post("/api/v1/communities/" + id + "/goals/" + goalId + "/measurements",
				"{\"value\":50,\"measuredOn\":\"" + daysAgo(20) + "\"}");
		assertThat(m.status()).isEqualTo(201);
		assertThat(guru
			.post("/api/v1/communities/" + id + "/goals/" + goalId + "/measurements",
					"{\"value\":70,\"measuredOn\":\"" + daysAgo(10) + "\"}")
			.status()).isEqualTo(201);
		JsonNode read = guru.get("/api/v1/communities/" + id + "/goals/" + goalId).json();
		assertThat(read.get("progress").asDouble()).isEqualTo(0.75);
		guru.post("/api/v1/communities/" + id + "/goals/" + goalId + "/measurements",
				"{\"value\":95,\"measuredOn\":\"" + daysAgo(5) + "\"}");
		assertThat(guru.get("/api/v1/communities/" + id + "/goals/" + goalId).json().get("progress").asDouble())
			.isEqualTo(1.0);
	}

	@Test
	void theListShowsANewCommunityAtOnceAndEachViewerTheirOwn() {
		Api guru = api().as("guru@demo.kombel.id");
		Api kepsek = api().as("kepsek@demo.kombel.id");
		String name = unique("Daftar");
		String search = "/communities?q=" + name.replace(' ', '+');
		assertThat(guru.get(search).body()).doesNotContain(name + "</a>");
		assertThat(kepsek.get(search).body()).doesNotContain(name + "</a>");
		create(guru, "{\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"levels\":[\"SMP\"],\"regionCode\":\"12.11\"}");
		String forGuru = guru.get(search).body();
		String forKepsek = kepsek.get(search).body();
		assertThat(forKepsek).as("found at once by the same search").contains(name + "</a>");
		assertThat(forGuru.substring(forGuru.indexOf("role=\"search\""))).as("the search part is the same for everyone")
			.isEqualTo(forKepsek.substring(forKepsek.indexOf("role=\"search\"")));
		String mine = forGuru.substring(0, forGuru.indexOf("role=\"search\""));
		assertThat(mine).as("but 'mine' is the viewer's own").contains(name);
		assertThat(forKepsek.substring(0, forKepsek.indexOf("role=\"search\""))).doesNotContain(name);
	}

	/** The page's own part: the layout around it carries a fresh CSRF token each time. */
	private static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	@Test
	void membersSeeTheirCommunityPageChangeAsItChanges() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long id = create(guru, "{\"name\":\"" + unique("Halaman")
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(anggota.post("/api/v1/communities/" + id + "/join", "").status()).isEqualTo(201);
		String before = main(anggota.get("/communities/" + id).body());
		assertThat(main(anggota.get("/communities/" + id).body())).as("the same page twice").isEqualTo(before);
		assertThat(before).doesNotContain("A.3 karakter", "/measurements");

		long goalId = guru.post("/api/v1/communities/" + id + "/goals",
				"{\"purpose\":\"NURTURE\",\"indicator\":\"A.3 karakter\",\"unit\":\"% murid\",\"baseline\":10,\"target\":60,\"dueDate\":\"2027-06-30\"}")
			.json()
			.get("id")
			.asLong();
		assertThat(anggota.get("/communities/" + id).body()).as("a new goal shows at once")
			.contains("A.3 karakter", "0%");
		guru.post("/api/v1/communities/" + id + "/goals/" + goalId + "/measurements",
				"{\"value\":35,\"measuredOn\":\"" + daysAgo(1) + "\"}");
		assertThat(anggota.get("/communities/" + id).body()).as("and its progress").contains("50%");
		assertThat(anggota.inLanguage("en").get("/communities/" + id).body()).as("in the member's language")
			.contains("Measurable goals");
		assertThat(guru.get("/communities/" + id).body()).as("the facilitator still gets the forms")
			.contains("/goals/" + goalId + "/measurements", "_csrf");
	}

	@Test
	void onlyFacilitatorsChangeACommunityAndOutsidersSeeNoPeople() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long a = create(guru,
				"{\"name\":\"" + unique("A") + "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		anggota.post("/api/v1/communities/" + a + "/join", "");
		String goal = "{\"purpose\":\"EDUCATE\",\"indicator\":\"A.1\",\"unit\":\"%\",\"baseline\":1,\"target\":2,\"dueDate\":\"2027-01-01\"}";
		assertThat(anggota.post("/api/v1/communities/" + a + "/goals", goal).status()).isEqualTo(403);
		assertThat(anggota
			.post("/api/v1/communities/" + a + "/activities",
					"{\"title\":\"x y z\",\"role\":\"LEARNING\","
							+ "\"mode\":\"ONLINE\",\"startsAt\":\"2027-01-01T10:00\",\"endsAt\":\"2027-01-01T11:00\"}")
			.status()).isEqualTo(403);

		String karo = "karo." + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		assertThat(api().as("admin@demo.kombel.id")
			.post("/api/v1/accounts",
					"{\"email\":\"" + karo + "\",\"displayName\":\"Dinas Karo\",\"password\":\"rahasia-123\","
							+ "\"grants\":[{\"role\":\"REGENCY_OFFICE\",\"regionCode\":\"12.06\"}]}")
			.status()).isEqualTo(201);
		Api outsider = api().as(karo, "rahasia-123");
		Response members = outsider.get("/api/v1/communities/" + a + "/members");
		assertThat(members.status()).isEqualTo(403);
		assertThat(members.body()).doesNotContain("Rosmawati");
		assertThat(outsider.get("/api/v1/communities/" + a + "/goals").status()).isEqualTo(403);
		assertThat(outsider.get("/api/v1/communities/999999/members").status()).isEqualTo(404);

		// the regency office and the principal of the home school are partners: they see
		// members
		assertThat(api().as("dinas.dairi@demo.kombel.id").get("/api/v1/communities/" + a + "/members").status())
			.isEqualTo(200);
		assertThat(api().as("kepsek@demo.kombel.id").get("/api/v1/communities/" + a + "/members").status())
			.isEqualTo(200);
	}

	@Test
	void badInputIsReportedAndNothingIsSaved() {
		Api guru = api().as("guru@demo.kombel.id");
		String longName = "x".repeat(151);
		Response r = guru.post("/api/v1/communities",
				"{\"name\":\"" + longName + "\",\"kind\":\"SCHOOL\",\"levels\":[],\"regionCode\":\"abc\"}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").findValuesAsString("field")).contains("name", "levels", "regionCode");
		assertThat(guru
			.post("/api/v1/communities",
					"{\"name\":\"Kombel\",\"kind\":\"CLUB\",\"levels\":[\"SD\"],\"regionCode\":\"12\"}")
			.status()).isEqualTo(400);
		Response unknownRegion = guru.post("/api/v1/communities",
				"{\"name\":\"Kombel Hilang\",\"kind\":\"ONLINE\",\"levels\":[\"SD\"],\"regionCode\":\"99.99\"}");
		assertThat(unknownRegion.status()).isEqualTo(400);
		assertThat(
				guru.get("/api/v1/communities?q=Kombel Hilang".replace(" ", "%20")).json().get("totalElements").asInt())
			.isZero();
	}

	@Test
	void aGoalWithTargetEqualToBaselineIsRefused() {
		Api guru = api().as("guru@demo.kombel.id");
		long id = create(guru, "{\"name\":\"" + unique("Sama")
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		Response r = guru.post("/api/v1/communities/" + id + "/goals",
				"{\"purpose\":\"NURTURE\",\"indicator\":\"A.3\",\"unit\":\"skor\",\"baseline\":3,\"target\":3,\"dueDate\":\"2027-01-01\"}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("target");
		assertThat(guru.get("/api/v1/communities/" + id + "/goals").json()).isEmpty();
	}

	@Test
	void pageFormsValidateLikeTheApiAndOnlyFacilitatorsUseThem() {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		Api anggota = api().as("anggota@demo.kombel.id").inLanguage("id");
		long id = create(guru, "{\"name\":\"" + unique("Formulir")
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		anggota.post("/api/v1/communities/" + id + "/join", "");

		Response missingUnit = guru.postForm("/communities/" + id + "/goals",
				"purpose=EDUCATE&indicator=A.1&unit=&baseline=40&target=80&dueDate=2027-06-30");
		assertThat(missingUnit.status()).isEqualTo(400);
		assertThat(missingUnit.contentType()).startsWith("text/html");
		assertThat(missingUnit.body()).contains("unit", "Wajib diisi");
		assertThat(guru.get("/api/v1/communities/" + id + "/goals").json()).isEmpty();

		String goal = "purpose=EDUCATE&indicator=A.1&unit=%25+murid&baseline=40&target=80&dueDate=2027-06-30";
		assertThat(anggota.postForm("/communities/" + id + "/goals", goal).status()).isEqualTo(403);
		assertThat(guru.postForm("/communities/" + id + "/goals", goal).status()).isEqualTo(302);
		long goalId = guru.get("/api/v1/communities/" + id + "/goals").json().get(0).get("id").asLong();
		assertThat(guru
			.postForm("/communities/" + id + "/goals/" + goalId + "/measurements", "value=60&measuredOn=" + daysAgo(3))
			.status()).isEqualTo(302);
		assertThat(guru.get("/api/v1/communities/" + id + "/goals/" + goalId).json().get("progress").asDouble())
			.isEqualTo(0.5);
		assertThat(guru.postForm("/communities/" + id + "/goals/" + goalId + "/measurements", "value=&measuredOn=")
			.status()).isEqualTo(400);
	}

	@Test
	void goalsAndCyclesRefuseOtherCommunitiesIdsNonFacilitatorsAndHugeNumbers() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long a = create(guru, "{\"name\":\"" + unique("Siklus A")
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		long b = create(guru, "{\"name\":\"" + unique("Siklus B")
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		anggota.post("/api/v1/communities/" + a + "/join", "");
		String goal = "{\"purpose\":\"EDUCATE\",\"indicator\":\"A.1\",\"unit\":\"%\",\"baseline\":10,\"target\":20,\"dueDate\":\"2027-06-30\"}";
		long goalOfB = guru.post("/api/v1/communities/" + b + "/goals", goal).json().get("id").asLong();
		assertThat(guru.get("/api/v1/communities/" + a + "/goals/" + goalOfB).status()).isEqualTo(404);
		assertThat(guru
			.post("/api/v1/communities/" + a + "/goals/" + goalOfB + "/measurements",
					"{\"value\":15,\"measuredOn\":\"" + daysAgo(1) + "\"}")
			.status()).isEqualTo(404);

		Response huge = guru.post("/api/v1/communities/" + b + "/goals/" + goalOfB + "/measurements",
				"{\"value\":1e12,\"measuredOn\":\"" + daysAgo(1) + "\"}");
		assertThat(huge.status()).as(huge.body()).isEqualTo(400);
		assertThat(huge.json().get("errors").findValuesAsString("field")).contains("value");
		Response future = guru.post("/api/v1/communities/" + b + "/goals/" + goalOfB + "/measurements",
				"{\"value\":12,\"measuredOn\":\"2099-01-01\"}");
		assertThat(future.status()).isEqualTo(400);
		assertThat(guru.get("/api/v1/communities/" + b + "/goals/" + goalOfB).json().get("progress").asDouble())
			.isZero();

		assertThat(anggota.post("/api/v1/communities/" + a + "/cycles", "{}").status()).isEqualTo(403);
		Response cycle = guru.post("/api/v1/communities/" + a + "/cycles", "{}");
		assertThat(cycle.status()).isIn(200, 201);
		long cycleId = cycle.json().get("id").asLong();
		assertThat(anggota.put("/api/v1/communities/" + a + "/cycles/" + cycleId, "{\"phase\":\"PLANNING\"}").status())
			.isEqualTo(403);
		assertThat(guru.put("/api/v1/communities/" + b + "/cycles/" + cycleId, "{\"phase\":\"PLANNING\"}").status())
			.as("a cycle of A through community B")
			.isEqualTo(404);
		assertThat(guru.put("/api/v1/communities/" + a + "/cycles/" + cycleId, "{\"phase\":\"X\"}").status())
			.isEqualTo(400);
		assertThat(anggota.get("/api/v1/communities/" + a + "/cycles").status()).isEqualTo(200);
		assertThat(anggota.get("/api/v1/communities/" + b + "/cycles").status()).as("not a member of B").isEqualTo(403);
	}

	@Test
	void aPartnerRoleIsNoMemberAndAnUpdateKeepsTheHomeSchool() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		String body = "{\"name\":\"" + unique("Mitra")
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SMA\"],\"regionCode\":\"12.11\"}";
		long id = create(guru, body);
		long school = guru.get("/api/v1/communities/" + id).json().get("homeSchoolId").asLong();
		long anggotaId = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(guru
			.post("/api/v1/communities/" + id + "/members", "{\"accountId\":" + anggotaId + ",\"role\":\"PARTNER\"}")
			.status()).isEqualTo(200);
		assertThat(anggota.get("/api/v1/communities/" + id).json().get("access").asString()).isEqualTo("PARTNER");
		assertThat(
				anggota.post("/api/v1/communities/" + id + "/challenges", "{\"title\":\"Tantangan mitra\"}").status())
			.as("raising challenges is for members")
			.isEqualTo(403);

		assertThat(guru.put("/api/v1/communities/" + id, body).status()).isEqualTo(200);
		assertThat(guru.get("/api/v1/communities/" + id).json().get("homeSchoolId").asLong()).isEqualTo(school);
	}

	@Test
	void goalValuesStayWithinWhatTheirUnitMeans() {
		Api guru = api().as("guru@demo.kombel.id");
		long id = create(guru, "{\"name\":\"" + unique("Satuan")
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		Response share = guru.post("/api/v1/communities/" + id + "/goals",
				"""
						{"purpose":"INTEGRATE","indicator":"A.1","unit":"% murid","baseline":40,"target":120,"dueDate":"2027-06-30"}""");
		assertThat(share.status()).isEqualTo(400);
		assertThat(share.json().get("errors").findValuesAsString("field")).containsExactly("target");
		long goalId = guru.post("/api/v1/communities/" + id + "/goals",
				"""
						{"purpose":"INTEGRATE","indicator":"A.1","unit":"% murid","baseline":40,"target":80,"dueDate":"2027-06-30"}""")
			.json()
			.get("id")
			.asLong();
		String path = "/api/v1/communities/" + id + "/goals/" + goalId + "/measurements";
		Response negative = guru.post(path, "{\"value\":-5,\"measuredOn\":\"" + daysAgo(1) + "\"}");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(negative.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
		assertThat(negative.body()).contains("antara 0 dan 100");
		assertThat(guru.post(path, "{\"value\":100.5,\"measuredOn\":\"" + daysAgo(1) + "\"}").status()).isEqualTo(400);
		assertThat(guru.post(path, "{\"value\":100,\"measuredOn\":\"" + daysAgo(1) + "\"}").status()).isEqualTo(201);
		assertThat(guru.get("/api/v1/communities/" + id + "/goals/" + goalId).json().get("latest").asDouble())
			.isEqualTo(100.0);

		Response count = guru.post("/api/v1/communities/" + id + "/goals",
				"""
						{"purpose":"NURTURE","indicator":"Hadir","unit":"guru","baseline":-1,"target":10,"dueDate":"2027-06-30"}""");
		assertThat(count.status()).isEqualTo(400);
		assertThat(count.body()).contains("tidak boleh kurang dari 0");
	}

}
