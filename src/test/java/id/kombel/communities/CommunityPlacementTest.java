package id.kombel.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A community is placed where its creator's scope reaches: a teacher in their school's
 * regency (at their own school or none), an office in its area, an administrator
 * anywhere; on create and on edit, on the API and on the form, with nothing saved when
 * refused.
 */
class CommunityPlacementTest extends IntegrationTest {

	private static String body(String name, String kind, String level, String region, Long school) {
		return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"levels\":[\"" + level + "\"],\"regionCode\":\""
				+ region + "\"" + (school == null ? "" : ",\"homeSchoolId\":" + school) + "}";
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static void refused(Response r, String field, String words) {
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		JsonNode error = r.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).contains(words);
	}

	private boolean exists(String name) {
		return api().as("admin@demo.kombel.id")
			.get("/api/v1/communities?size=5&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
			.json()
			.get("content")
			.findValuesAsString("name")
			.contains(name);
	}

	private long school(String region, String level, int index) {
		return api().as("admin@demo.kombel.id")
			.get("/api/v1/schools?size=10&region=" + region + "&level=" + level)
			.json()
			.get("content")
			.get(index)
			.get("id")
			.asLong();
	}

	@Test
	void aTeacherPlacesCommunitiesInTheirSchoolsRegencyAtTheirSchoolOrNone() {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		String aceh = unique("Kombel Aceh");
		Response outside = guru.post("/api/v1/communities", body(aceh, "ONLINE", "SD", "11.01", null));
		refused(outside, "regionCode", "tidak dapat menempatkan komunitas di wilayah 11.01");
		Response province = guru.post("/api/v1/communities", body(aceh, "ONLINE", "SD", "12", null));
		refused(province, "regionCode", "kabupaten/kota sekolahnya");
		Response karo = guru.inLanguage("en").post("/api/v1/communities", body(aceh, "ONLINE", "SD", "12.06", null));
		refused(karo, "regionCode", "cannot place a community in region 12.06");
		long karoSchool = school("12.06", "SD", 0);
		refused(guru.post("/api/v1/communities", body(aceh, "INTER_SCHOOL", "SD", "12.11", karoSchool)), "homeSchoolId",
				"sekolah induk");
		long own = guru
			.get("/api/v1/communities/"
					+ guru.post("/api/v1/communities", body(unique("Kombel Sendiri"), "SCHOOL", "SD", "12.11", null))
						.json()
						.get("id")
						.asLong())
			.json()
			.get("homeSchoolId")
			.asLong();
		long neighbour = school("12.11", "SD", 0) == own ? school("12.11", "SD", 1) : school("12.11", "SD", 0);
		refused(guru.post("/api/v1/communities", body(aceh, "INTER_SCHOOL", "SD", "12.11", neighbour)), "homeSchoolId",
				"sekolah induk");
		assertThat(exists(aceh)).as("nothing saved").isFalse();

		Response district = guru.post("/api/v1/communities",
				body(unique("Kombel Sidikalang"), "INTER_SCHOOL", "SD", "12.11.01", own));
		assertThat(district.status()).as("a district of their regency, at their own school").isEqualTo(201);
	}

	@Test
	void anEditMovesACommunityOnlyWhereTheEditorReaches() {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		String name = unique("Kombel Pindah");
		long id = guru.post("/api/v1/communities", body(name, "INTER_SCHOOL", "SD", "12.11", null))
			.json()
			.get("id")
			.asLong();
		refused(guru.put("/api/v1/communities/" + id, body(name + " Aceh", "INTER_SCHOOL", "SD", "11.01", null)),
				"regionCode", "11.01");
		refused(guru.put("/api/v1/communities/" + id,
				body(name + " Karo", "INTER_SCHOOL", "SD", "12.11", school("12.06", "SD", 0))), "homeSchoolId",
				"sekolah induk");
		JsonNode kept = guru.get("/api/v1/communities/" + id).json();
		assertThat(kept.get("regionCode").asString()).as("nothing saved").isEqualTo("12.11");
		assertThat(kept.get("name").asString()).isEqualTo(name);
		assertThat(kept.get("homeSchoolId").isNull()).isTrue();

		// an administrator places one in Aceh and names the Dairi teacher its
		// facilitator:
		// they edit its profile without being refused for a place they did not choose
		Api admin = api().as("admin@demo.kombel.id");
		long placed = admin
			.post("/api/v1/communities", body(unique("Kombel Aceh Daring"), "ONLINE", "SD", "11.01", null))
			.json()
			.get("id")
			.asLong();
		long guruId = guru.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(admin
			.post("/api/v1/communities/" + placed + "/members",
					"{\"accountId\":" + guruId + ",\"role\":\"FACILITATOR\"}")
			.status()).isEqualTo(200);
		Response edited = guru.put("/api/v1/communities/" + placed,
				body("Kombel Aceh Daring baru " + guruId, "ONLINE", "SD", "11.01", null));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		refused(guru.put("/api/v1/communities/" + placed, body("Kombel Aceh ke Karo", "ONLINE", "SD", "12.06", null)),
				"regionCode", "12.06");
	}

	@Test
	void officesPlaceCommunitiesInTheirAreaAndAdministratorsAnywhere() {
		Api dinas = api().as("dinas.dairi@demo.kombel.id").inLanguage("id");
		long dairiSd = school("12.11", "SD", 0);
		assertThat(
				dinas.post("/api/v1/communities", body(unique("Dinas Dairi"), "INTER_SCHOOL", "SD", "12.11", dairiSd))
					.status())
			.isEqualTo(201);
		refused(dinas.post("/api/v1/communities", body(unique("Dinas Karo"), "ONLINE", "SD", "12.06", null)),
				"regionCode", "12.06");
		refused(dinas.post("/api/v1/communities",
				body(unique("Dinas Sekolah Karo"), "INTER_SCHOOL", "SD", "12.11", school("12.06", "SD", 0))),
				"homeSchoolId", "sekolah induk");

		Api cabdin = api().as("cabdin4@demo.kombel.id").inLanguage("id");
		assertThat(cabdin
			.post("/api/v1/communities",
					body(unique("Cabdin Pakpak"), "INTER_SCHOOL", "SMA", "12.15", school("12.15", "SMA", 0)))
			.status()).as("Pakpak Bharat is one of Wilayah IV's regencies").isEqualTo(201);
		refused(cabdin.post("/api/v1/communities", body(unique("Cabdin Medan"), "ONLINE", "SMA", "12.71", null)),
				"regionCode", "12.71");
		refused(cabdin.post("/api/v1/communities", body(unique("Cabdin SD"), "INTER_SCHOOL", "SMA", "12.11", dairiSd)),
				"homeSchoolId", "sekolah induk");

		Api balai = api().as("balai@demo.kombel.id").inLanguage("id");
		assertThat(
				balai.post("/api/v1/communities", body(unique("Balai Medan"), "ONLINE", "SD", "12.71", null)).status())
			.isEqualTo(201);
		refused(balai.post("/api/v1/communities", body(unique("Balai Aceh"), "ONLINE", "SD", "11", null)), "regionCode",
				"11");

		Api kepsek = api().as("kepsek@demo.kombel.id").inLanguage("id");
		refused(kepsek.post("/api/v1/communities", body(unique("Kepsek Karo"), "ONLINE", "SD", "12.06", null)),
				"regionCode", "12.06");

		assertThat(api().as("admin@demo.kombel.id")
			.post("/api/v1/communities", body(unique("Admin Aceh"), "ONLINE", "SD", "11.01", null))
			.status()).isEqualTo(201);
	}

	@Test
	void theFormSaysWhyInRedAndSavesNothing() {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		String name = unique("Kombel Formulir Aceh");
		Response page = guru.postForm("/communities", "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)
				+ "&kind=ONLINE&levels=SD&regionCode=11.01&joinPolicy=OPEN");
		assertThat(page.status()).as("the form again (400), not a redirect").isEqualTo(400);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("tidak dapat menempatkan komunitas di wilayah 11.01");
		assertThat(page.body()).as("shown in red under the region field")
			.containsPattern("class=\"field-error error\" id=\"regionCode-error\"[^>]*>[^<]*tidak dapat menempatkan");
		assertThat(exists(name)).isFalse();
	}

}
