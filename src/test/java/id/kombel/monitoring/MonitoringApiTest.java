package id.kombel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * The monitoring API as the issue states it: exact keys, children that add up, the scope
 * of every demo role (a role × area matrix: outsiders get 403, and figures never count
 * what the account may not see), and bad input as 400 problems in the user's language.
 */
class MonitoringApiTest extends IntegrationTest {

	private static final List<String> COMMUNITY_KEYS = List.of("total", "NOT_STARTED", "ACTIVE", "STALLED");

	private JsonNode summary(String who, String query) {
		Response r = api().as(who).get("/api/v1/monitoring/summary?" + query);
		assertThat(r.status()).as(who + " " + query + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	private int status(String who, String query) {
		return api().as(who).get("/api/v1/monitoring/summary?" + query).status();
	}

	private static long total(JsonNode summary) {
		return summary.get("communities").get("total").asLong();
	}

	@Test
	void theSummaryHasTheContractsKeysAndItsChildrenAddUp() {
		JsonNode s = summary("dinas.dairi@demo.kombel.id", "region=12.11");
		assertThat(s.get("region").get("code").asString()).isEqualTo("12.11");
		assertThat(s.get("region").get("level").asString()).isEqualTo("REGENCY");
		assertThat(s.get("region").get("name").asString()).containsIgnoringCase("Dairi");
		assertThat(s.get("communities").propertyNames()).containsExactlyInAnyOrderElementsOf(COMMUNITY_KEYS);
		assertThat(s.get("schools").propertyNames()).containsExactlyInAnyOrder("total", "withCommunity");
		assertThat(s.get("educators").propertyNames()).containsExactlyInAnyOrder("total", "members", "activeMembers");
		assertThat(s.get("goals").propertyNames()).containsExactlyInAnyOrder("communitiesWithGoal", "onTrack",
				"reached", "behind");
		assertThat(s.get("cycles").propertyNames()).containsExactly("completed");
		assertThat(s.get("programmes").propertyNames()).containsExactlyInAnyOrder("registered", "attended");
		assertThat(s.get("activitiesByMonth")).hasSize(12);
		assertThat(s.get("activitiesByMonth").get(0).propertyNames()).containsExactlyInAnyOrder("month", "held");
		assertThat(total(s)).as("the demo's two communities in Dairi").isGreaterThanOrEqualTo(2);
		assertThat(s.get("schools").get("total").asLong()).isPositive();
		JsonNode children = s.get("children");
		assertThat(children).isNotEmpty();
		assertThat(children.get(0).get("communities").propertyNames())
			.containsExactlyInAnyOrderElementsOf(COMMUNITY_KEYS);
		for (String key : COMMUNITY_KEYS) {
			long sum = 0;
			for (JsonNode c : children) {
				sum += c.get("communities").get(key).asLong();
			}
			assertThat(sum).as("children add up: communities " + key).isEqualTo(s.get("communities").get(key).asLong());
		}
		long schools = 0;
		long attended = 0;
		for (JsonNode c : children) {
			schools += c.get("schools").get("total").asLong();
			attended += c.get("programmes").get("attended").asLong();
		}
		assertThat(schools).isEqualTo(s.get("schools").get("total").asLong());
		assertThat(attended).isEqualTo(s.get("programmes").get("attended").asLong());
		// a district's children are its schools
		String district = null;
		for (JsonNode c : children) {
			if (c.get("level").asString().equals("DISTRICT") && c.get("schools").get("total").asLong() > 0) {
				district = c.get("code").asString();
				break;
			}
		}
		JsonNode d = summary("dinas.dairi@demo.kombel.id", "region=" + district);
		assertThat(d.get("children").findValuesAsString("level")).isNotEmpty()
			.allMatch(l -> l.equals("SCHOOL") || l.equals("NONE"));
		// the province's children are its regencies
		JsonNode p = summary("balai@demo.kombel.id", "region=12");
		assertThat(p.get("children")).hasSizeGreaterThanOrEqualTo(33);
		assertThat(total(p)).isGreaterThanOrEqualTo(total(s));
	}

	@Test
	void theCommunityListShowsTheStalledCommunitiesOfARegency() {
		Response r = api().as("dinas.dairi@demo.kombel.id")
			.get("/api/v1/monitoring/communities?region=12.11&state=STALLED&size=100");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode page = r.json();
		assertThat(page.get("totalElements").asLong()).isPositive();
		JsonNode first = page.get("content").get(0);
		assertThat(first.propertyNames()).contains("id", "name", "state", "participation", "lastActivityAt",
				"regionCode", "levels");
		assertThat(page.get("content").findValuesAsString("state")).containsOnly("STALLED");
		assertThat(page.get("content").findValuesAsString("name")).contains("Kombel Numerasi Antar Sekolah Dairi");
		assertThat(api().as("dinas.dairi@demo.kombel.id")
			.get("/api/v1/monitoring/communities?region=12.11&state=ACTIVE&level=SMA")
			.json()
			.get("content")
			.findValuesAsString("name")).doesNotContain("Kombel Literasi SD Dairi");
	}

	@Test
	void eachRoleSeesItsAreaAndNothingElse() {
		String admin = "admin@demo.kombel.id", balai = "balai@demo.kombel.id", dinas = "dinas.dairi@demo.kombel.id",
				cabdin = "cabdin4@demo.kombel.id", pengawas = "pengawas@demo.kombel.id",
				kepsek = "kepsek@demo.kombel.id", guru = "guru@demo.kombel.id";
		// role × area: who may open what (12.12 is another regency, 13 another province)
		String[][] matrix = { { admin, "", "200" }, { admin, "region=13", "200" }, { balai, "region=12", "200" },
				{ balai, "region=12.11", "200" }, { balai, "region=13", "403" }, { balai, "", "200" },
				{ dinas, "region=12.11", "200" }, { dinas, "region=12.12", "403" }, { dinas, "region=13", "403" },
				{ cabdin, "region=12.11", "200" }, { cabdin, "region=12.71", "403" },
				{ pengawas, "region=12.11", "200" }, { pengawas, "region=12.12", "403" }, { kepsek, "", "200" },
				{ kepsek, "region=12.12", "403" }, { guru, "", "403" }, { guru, "region=12.11", "403" } };
		for (String[] row : matrix) {
			assertThat(status(row[0], row[1])).as(row[0] + " " + row[1]).isEqualTo(Integer.parseInt(row[2]));
		}
		Response refused = api().as(dinas).inLanguage("id").get("/api/v1/monitoring/summary?region=12.12");
		assertThat(refused.contentType()).startsWith("application/problem+json");

		// figures never count what the account may not see
		long dinasBefore = total(summary(dinas, "region=12.11"));
		long cabdinBefore = total(summary(cabdin, "region=12.11"));
		long balaiBefore = total(summary(balai, "region=12"));
		long kepsekBefore = total(summary(kepsek, ""));
		Api starter = api().as(guru);
		// a Dairi teacher places no community in Medan: the province's Balai does
		Response medan = api().as(balai)
			.post("/api/v1/communities", "{\"name\":\"Kombel Medan " + UUID.randomUUID().toString().substring(0, 8)
					+ "\",\"kind\":\"ONLINE\",\"levels\":[\"SD\"],\"regionCode\":\"12.71\"}");
		assertThat(medan.status()).as(medan.body()).isEqualTo(201);
		Response sdDairi = starter.post("/api/v1/communities",
				"{\"name\":\"Kombel SD Dairi " + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"kind\":\"ONLINE\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(sdDairi.status()).isEqualTo(201);
		assertThat(total(summary(dinas, "region=12.11"))).as("Medan's community is not Dairi's; the SD one is")
			.isEqualTo(dinasBefore + 1);
		assertThat(total(summary(cabdin, "region=12.11"))).as("a branch office sees SMA/SMK/SLB only")
			.isEqualTo(cabdinBefore);
		assertThat(total(summary(balai, "region=12"))).isEqualTo(balaiBefore + 2);
		assertThat(total(summary(kepsek, ""))).as("a principal sees their school's communities only")
			.isEqualTo(kepsekBefore);
		assertThat(api().as(cabdin)
			.get("/api/v1/monitoring/communities?region=12.11&size=100")
			.json()
			.get("content")
			.findValuesAsString("name")).noneMatch(n -> n.startsWith("Kombel SD Dairi"));
	}

	@Test
	void badInputIsA400InTheUsersLanguage() {
		Api dinas = api().as("dinas.dairi@demo.kombel.id").inLanguage("id");
		Response level = dinas.get("/api/v1/monitoring/summary?region=12.11&level=SDX");
		assertThat(level.status()).isEqualTo(400);
		assertThat(level.contentType()).startsWith("application/problem+json");
		assertThat(level.body()).contains("Jenjang harus salah satu");
		assertThat(api().as("dinas.dairi@demo.kombel.id")
			.inLanguage("en")
			.get("/api/v1/monitoring/communities?region=12.11&state=SLEEPING")
			.body()).contains("State must be one of");
		assertThat(dinas.get("/api/v1/monitoring/summary?region=abc").status()).isEqualTo(400);
		assertThat(dinas.get("/api/v1/monitoring/summary?region=12.99").status()).isEqualTo(404);
		assertThat(dinas.get("/api/v1/monitoring/summary?school=999999999").status()).isEqualTo(404);
		assertThat(dinas.get("/api/v1/monitoring/summary?school=abc").status()).isEqualTo(400);
		assertThat(dinas.get("/api/v1/monitoring/communities?region=12.11&page=-1").status()).isEqualTo(400);
		assertThat(dinas.get("/api/v1/monitoring/communities?region=12.11&size=1000").status()).isEqualTo(400);
		assertThat(dinas.get("/api/v1/monitoring/communities?region=12.11&page=x").status()).isEqualTo(400);
	}

	@Test
	void theOpenApiDocumentDescribesTheMonitoringApi() {
		JsonNode paths = api().get("/v3/api-docs").json().get("paths");
		JsonNode summary = paths.get("/api/v1/monitoring/summary").get("get");
		assertThat(summary.get("parameters").findValuesAsString("name")).contains("region", "school", "level");
		assertThat(paths.get("/api/v1/monitoring/communities").get("get").get("parameters").findValuesAsString("name"))
			.contains("region", "state", "level", "page", "size");
	}

	@Test
	void tablesDownloadAsXlsxAndPdf() {
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		Response xlsx = dinas.get("/monitoring/children.xlsx?region=12.11");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats");
		Response pdf = dinas.get("/monitoring/stalled.pdf?region=12.11");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");
		assertThat(dinas.get("/monitoring/children.xlsx?region=12.12").status()).isEqualTo(403);
		Response page = dinas.get("/monitoring");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Kombel Numerasi Antar Sekolah Dairi");
	}

}
