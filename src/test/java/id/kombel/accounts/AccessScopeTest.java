package id.kombel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Each role sees its scope and nothing else, in lists and in detail. */
class AccessScopeTest extends IntegrationTest {

	private JsonNode everyone(Api api) {
		return api.get("/api/v1/people?size=100").json();
	}

	@Test
	void regencyOfficeSeesOnlyItsRegency() {
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		JsonNode page = everyone(dinas);
		assertThat(page.get("totalElements").asLong()).isGreaterThan(0);
		assertThat(page.get("content"))
			.allSatisfy(e -> assertThat(e.get("districtCode").asString()).startsWith("12.11."));

		long outsider = firstEducatorOutside(api().as("admin@demo.kombel.id"), "12.11.");
		Response refused = dinas.get("/api/v1/people/" + outsider);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body()).doesNotContain("nuptk");
	}

	@Test
	void branchOfficeSeesOnlyUpperSecondaryInItsRegencies() {
		JsonNode page = everyone(api().as("cabdin4@demo.kombel.id"));
		assertThat(page.get("totalElements").asLong()).isGreaterThan(0);
		assertThat(page.get("content")).allSatisfy(e -> {
			assertThat(e.get("level").asString()).isIn("SMA", "SMK", "SLB");
			assertThat(e.get("districtCode").asString()).matches("12\\.(11|15)\\..*");
		});
	}

	@Test
	void balaiSeesTheWholeProvince() {
		JsonNode page = everyone(api().as("balai@demo.kombel.id"));
		assertThat(page.get("totalElements").asLong()).isGreaterThan(1000);
	}

	@Test
	void principalSeesTheirSchoolOnly() {
		JsonNode page = everyone(api().as("kepsek@demo.kombel.id"));
		assertThat(page.get("content").findValuesAsString("schoolId"))
			.containsOnly(page.get("content").get(0).get("schoolId").asString());
		assertThat(page.get("content").findValuesAsString("email")).contains("guru@demo.kombel.id",
				"anggota@demo.kombel.id");
	}

	@Test
	void teacherSeesThemselfAndNoColleague() {
		Api guru = api().as("guru@demo.kombel.id");
		JsonNode page = everyone(guru);
		assertThat(page.get("totalElements").asLong()).isEqualTo(1);
		assertThat(page.get("content").get(0).get("email").asString()).isEqualTo("guru@demo.kombel.id");

		JsonNode colleagues = everyone(api().as("kepsek@demo.kombel.id")).get("content");
		long anggota = 0;
		for (JsonNode e : colleagues) {
			if ("anggota@demo.kombel.id".equals(e.get("email").asString(""))) {
				anggota = e.get("id").asLong();
			}
		}
		assertThat(guru.get("/api/v1/people/" + anggota).status()).isEqualTo(403);
		assertThat(guru.get("/api/v1/people/999999999").status()).isEqualTo(404);
	}

	@Test
	void onlyAdministratorsCreateAccountsAndImport() {
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		Response r = dinas.post("/api/v1/accounts",
				"{\"email\":\"x@y.id\",\"displayName\":\"X\",\"password\":\"12345678\",\"grants\":[{\"role\":\"ADMIN\"}]}");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(dinas.upload("/api/v1/schools/import", "s.csv", "NPSN\n".getBytes()).status()).isEqualTo(403);
		assertThat(api().as("admin@demo.kombel.id").get("/api/v1/accounts/999999").status()).isEqualTo(404);
	}

	@Test
	void adminCreatesAnAccountWhoseScopeApplies() {
		Api admin = api().as("admin@demo.kombel.id");
		Response created = admin.post("/api/v1/accounts", """
				{"email":"Dinas.Karo@Example.ID","displayName":"Dinas Karo","password":"rahasia-karo",
				 "grants":[{"role":"REGENCY_OFFICE","regionCode":"12.06"}]}""");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).startsWith("/api/v1/accounts/");
		assertThat(created.body()).doesNotContain("rahasia");

		JsonNode page = everyone(api().as("dinas.karo@example.id", "rahasia-karo"));
		assertThat(page.get("content"))
			.allSatisfy(e -> assertThat(e.get("districtCode").asString()).startsWith("12.06."));

		Response again = admin.post("/api/v1/accounts", """
				{"email":"dinas.karo@example.id","displayName":"Again","grants":[{"role":"TEACHER"}]}""");
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	void grantsNeedAScopeOfTheRightKind() {
		Response r = api().as("admin@demo.kombel.id").post("/api/v1/accounts", """
				{"email":"wrong.scope@example.id","displayName":"Wrong","grants":[
				 {"role":"BALAI","regionCode":"12.11"},{"role":"PRINCIPAL","schoolId":987654321}]}""");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.json().get("errors")).hasSize(2);
		assertThat(api().as("admin@demo.kombel.id").get("/api/v1/accounts?page=0").body())
			.doesNotContain("wrong.scope@example.id");
	}

	private static long firstEducatorOutside(Api admin, String prefix) {
		for (JsonNode e : admin.get("/api/v1/people?size=100").json().get("content")) {
			if (!e.get("districtCode").isNull() && !e.get("districtCode").asString().startsWith(prefix)) {
				return e.get("id").asLong();
			}
		}
		throw new AssertionError("no educator outside " + prefix);
	}

}
