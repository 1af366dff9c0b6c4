package id.kombel.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * What users met in the inquiry cycle (issue 14): notes lost when switching phase,
 * results shown as 45.0000, no evidence file, partners seeing only the current phase's
 * chip.
 */
class CycleFixesApiTest extends IntegrationTest {

	Api guru;

	long community;

	long cycle;

	@BeforeEach
	void aCommunityInItsFirstPhase() {
		guru = api().as("guru@demo.kombel.id");
		Response created = guru.post("/api/v1/communities",
				"{\"name\":\"Kombel Siklus " + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		community = created.json().get("id").asLong();
		cycle = guru.post("/api/v1/communities/" + community + "/cycles", "{}").json().get("id").asLong();
		assertThat(guru.put(path(), "{\"reflectionNotes\":\"Data asesmen literasi kelas 4\"}").status()).isEqualTo(200);
	}

	String path() {
		return "/api/v1/communities/" + community + "/cycles/" + cycle;
	}

	static String form(String... pairs) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			b.append(i == 0 ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return b.toString();
	}

	@Test
	void notesTypedWhileMovingToTheNextPhaseDoNotOverwriteTheCurrentPhasesNotes() {
		String page = guru.get("/communities/" + community).body();
		assertThat(page).as("each phase's notes have their own field, labelled with the phase")
			.contains("name=\"reflectionNotes\"")
			.contains("name=\"planningNotes\"")
			.contains("Catatan Perencanaan")
			.contains("Data asesmen literasi kelas 4</textarea>");
		// what the browser sends: every field of the form, the new phase and the notes
		// typed
		// under it
		Response saved = guru.postForm("/communities/" + community + "/cycles/" + cycle,
				form("phase", "PLANNING", "reflectionNotes", "Data asesmen literasi kelas 4", "planningNotes",
						"Rencana: membaca berpasangan", "implementationNotes", "", "evaluationNotes", "",
						"resultBefore", "", "resultAfter", ""));
		assertThat(saved.status()).isEqualTo(302);
		JsonNode now = guru.get("/api/v1/communities/" + community + "/cycles").json().get(0);
		assertThat(now.get("phase").asString()).isEqualTo("PLANNING");
		assertThat(now.get("reflectionNotes").asString()).isEqualTo("Data asesmen literasi kelas 4");
		assertThat(now.get("planningNotes").asString()).isEqualTo("Rencana: membaca berpasangan");
		assertThat(now.get("planningOn").isNull()).as("the day planning began is kept").isFalse();
	}

	@Test
	void resultsShowAsPeopleWriteThem() {
		assertThat(guru.put(path(), "{\"resultBefore\":45,\"resultAfter\":52.5}").status()).isEqualTo(200);
		String json = guru.get("/api/v1/communities/" + community + "/cycles").body();
		assertThat(json).contains("\"resultBefore\":45,").contains("\"resultAfter\":52.5,").doesNotContain("45.0000");
		String page = guru.get("/communities/" + community).body();
		assertThat(page).contains("value=\"45\"").contains("value=\"52.5\"").doesNotContain("45.0000");
		String partner = api().as("kepsek@demo.kombel.id").get("/communities/" + community).body();
		assertThat(partner).as("read in Indonesian: 52,5").contains(">52,5<").contains(">45<");
	}

	@Test
	void resultsCarryAnEvidenceFileCheckedByItsContent() {
		Response disguised = guru.upload(path() + "/evidence", "nilai.pdf",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(disguised.status()).isEqualTo(400);
		assertThat(disguised.body()).contains("tidak diterima sebagai bukti");
		assertThat(guru.get("/api/v1/communities/" + community + "/cycles").json().get(0).get("evidenceName").isNull())
			.as("nothing half-saved")
			.isTrue();
		Response ok = guru.upload(path() + "/evidence", "nilai kelas 4.pdf",
				"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(ok.json().get("evidenceName").asString()).isEqualTo("nilai kelas 4.pdf");
		String url = "/communities/" + community + "/cycles/" + cycle + "/evidence";
		HttpResponse<byte[]> office = api().as("dinas.dairi@demo.kombel.id").bytes(url);
		assertThat(office.statusCode()).isEqualTo(200);
		assertThat(office.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		assertThat(new String(office.body(), StandardCharsets.US_ASCII)).startsWith("%PDF");
		assertThat(api().as("anggota@demo.kombel.id").bytes(url).statusCode()).as("not a member").isEqualTo(403);
		assertThat(api().as("anggota@demo.kombel.id")
			.upload(path() + "/evidence", "x.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
			.status()).isEqualTo(403);
	}

	@Test
	void principalsSupervisorsAndOfficesSeeTheWholeCycleReadOnly() {
		guru.put(path(), "{\"phase\":\"PLANNING\",\"planningNotes\":\"Rencana membaca berpasangan\"}");
		guru.put(path(), "{\"resultBefore\":45}");
		guru.upload(path() + "/evidence", "asesmen.pdf",
				"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		for (String who : new String[] { "kepsek@demo.kombel.id", "pengawas@demo.kombel.id",
				"dinas.dairi@demo.kombel.id" }) {
			String page = api().as(who).get("/communities/" + community).body();
			assertThat(page).as(who)
				.contains("Data asesmen literasi kelas 4")
				.contains("Rencana membaca berpasangan")
				.contains("Refleksi awal")
				.contains("sedang berjalan")
				.contains("asesmen.pdf")
				.contains(">45<")
				.doesNotContain("name=\"phase\"")
				.doesNotContain("name=\"planningNotes\"");
		}
	}

}
