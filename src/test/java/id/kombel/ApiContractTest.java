package id.kombel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The foundation's contract, checked from outside over HTTP as the issue states it. */
class ApiContractTest extends IntegrationTest {

	@Test
	void healthIsUp() {
		Response r = api().get("/actuator/health");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void tokensAreIssuedUsedAndRevoked() {
		Response issued = api().post("/api/v1/tokens",
				"{\"email\":\"guru@demo.kombel.id\",\"password\":\"kombel-demo\"}");
		assertThat(issued.status()).isEqualTo(201);
		assertThat(issued.json().get("expiresAt").asString()).isNotBlank();
		Api guru = api().withToken(issued.json().get("token").asString());
		assertThat(guru.get("/api/v1/regions/12").status()).isEqualTo(200);

		assertThat(guru.delete("/api/v1/tokens/current").status()).isEqualTo(204);
		Response after = guru.get("/api/v1/regions/12");
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.contentType()).startsWith("application/problem+json");
	}

	@Test
	void wrongPasswordOrNoTokenIs401Problem() {
		Response wrong = api().post("/api/v1/tokens", "{\"email\":\"guru@demo.kombel.id\",\"password\":\"nope-nope\"}");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		assertThat(wrong.json().get("detail").asString()).isEqualTo("Email atau kata sandi salah.");

		Response none = api().get("/api/v1/regions/12");
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.contentType()).startsWith("application/problem+json");
		assertThat(api().withToken("made-up").get("/api/v1/regions/12").status()).isEqualTo(401);
	}

	@Test
	void missingCredentialsAre400WithOneEntryPerField() {
		Response r = api().post("/api/v1/tokens", "{}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors")).hasSize(2);
	}

	@Test
	void regionsOfSumateraUtara() {
		Api admin = api().as("admin@demo.kombel.id");
		JsonNode province = admin.get("/api/v1/regions/12").json();
		assertThat(province.get("code").asString()).isEqualTo("12");
		assertThat(province.get("name").asString()).isEqualTo("Sumatera Utara");
		assertThat(province.get("level").asString()).isEqualTo("PROVINCE");

		JsonNode children = admin.get("/api/v1/regions/12/children").json();
		assertThat(children).hasSize(33);
		assertThat(children.get(0).has("code") && children.get(0).has("name") && children.get(0).has("level")).isTrue();
		assertThat(admin.get("/api/v1/regions?level=PROVINCE").json()).hasSize(38);
		assertThat(admin.get("/api/v1/regions?level=REGENCY").json()).hasSize(514);
		assertThat(admin.get("/api/v1/regions?level=DISTRICT").json()).hasSize(7285);
	}

	@Test
	void unknownAndMalformedRegions() {
		Api guru = api().as("guru@demo.kombel.id");
		Response unknown = guru.get("/api/v1/regions/99");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		Response malformed = guru.get("/api/v1/regions/abc");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
	}

	@Test
	void schoolsOfARegencyAndLevelArePaged() {
		JsonNode page = api().as("guru@demo.kombel.id").get("/api/v1/schools?region=12.11&level=SD").json();
		assertThat(page.get("totalElements").asLong()).isGreaterThan(0);
		assertThat(page.get("page").asInt()).isZero();
		assertThat(page.get("size").asInt()).isEqualTo(20);
		assertThat(page.get("content")).allSatisfy(s -> {
			assertThat(s.get("regencyCode").asString()).isEqualTo("12.11");
			assertThat(s.get("level").asString()).isEqualTo("SD");
		});
	}

	@Test
	void badFiltersAreReportedPerFieldInTheUsersLanguage() {
		Response r = api().as("guru@demo.kombel.id")
			.inLanguage("en")
			.get("/api/v1/schools?region=abc&level=XX&size=500");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("region", "level",
				"size");
		assertThat(r.json().get("detail").asString()).isEqualTo("Some input is not valid.");
	}

	@Test
	void unknownEnumInBodyIs400NotServerError() {
		Response r = api().as("admin@demo.kombel.id")
			.post("/api/v1/people", "{\"name\":\"X\",\"position\":\"WIZARD\"}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("position");
		assertThat(api().as("admin@demo.kombel.id").post("/api/v1/people", "{not json").status()).isEqualTo(400);
	}

	@Test
	void pagesSpeakIndonesianFirstAndEnglishOnRequest() {
		assertThat(api().get("/").body()).contains("<html lang=\"id\"");
		assertThat(api().get("/?lang=en").body()).contains("<html lang=\"en\"");
		assertThat(api().inLanguage("en-US,en;q=0.9").get("/").body()).contains("<html lang=\"en\"");
		assertThat(api().get("/?lang=fr").body()).contains("<html lang=\"id\"");
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		Response r = api().get("/v3/api-docs");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("paths").has("/api/v1/regions/{code}")).isTrue();
		assertThat(r.json().get("paths").has("/api/v1/tokens")).isTrue();
	}

}
