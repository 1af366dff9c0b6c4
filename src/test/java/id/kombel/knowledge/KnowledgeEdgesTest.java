package id.kombel.knowledge;

import static id.kombel.knowledge.KnowledgeApiTest.JSON;
import static id.kombel.knowledge.KnowledgeApiTest.PDF;
import static id.kombel.knowledge.KnowledgeApiTest.create;
import static id.kombel.knowledge.KnowledgeApiTest.ids;
import static id.kombel.knowledge.KnowledgeApiTest.practice;
import static id.kombel.knowledge.KnowledgeApiTest.searchUntilFound;
import static id.kombel.knowledge.KnowledgeApiTest.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The edges of the knowledge contract: how outside clients send uploads, odd searches,
 * escaping, leaks.
 */
class KnowledgeEdgesTest extends IntegrationTest {

	@Test
	void metadataIsReadWhetherSentAsJsonPartFileOrPlainField() throws Exception {
		String token = api().post("/api/v1/tokens", "{\"email\":\"guru@demo.kombel.id\",\"password\":\"kombel-demo\"}")
			.json()
			.get("token")
			.asString();
		String meta = "{\"title\":\"Modul ajar pecahan " + word() + "\",\"kind\":\"MODUL_AJAR\",\"levels\":[\"SD\"]}";
		// as curl -F 'metadata=@meta.json;type=application/json' sends it: a part with a
		// file name
		assertThat(upload(token, "; filename=\"meta.json\"", "Content-Type: application/json\r\n", meta).statusCode())
			.isEqualTo(201);
		// as a JSON part without a file name, and as a plain text form field
		assertThat(upload(token, "", "Content-Type: application/json; charset=UTF-8\r\n", meta).statusCode())
			.isEqualTo(201);
		HttpResponse<String> plain = upload(token, "", "", meta.replace("pecahan", "pecahan — ‘bilangan’"));
		assertThat(plain.statusCode()).as(plain.body()).isEqualTo(201);
		assertThat(JSON.readTree(plain.body()).get("title").asString()).contains("— ‘bilangan’");
		HttpResponse<String> none = upload(token, null, null, null);
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.body()).contains("metadata").contains("Wajib diisi");
	}

	@Test
	void highlightedTitlesAndSnippetsEscapeWhatUsersWrote() {
		Api guru = api().as("guru@demo.kombel.id");
		String inTitle = word();
		String inText = word();
		long id = create(guru, "/api/v1/practices", "{\"title\":\"Uji <img src=x onerror=alert(1)> " + inTitle
				+ "\",\"context\":\"<script>alert(2)</script> & <b>tebal</b> " + inText + "\",\"levels\":[\"SD\"]}");
		for (String q : List.of(inTitle, inText)) {
			JsonNode found = searchUntilFound(guru, "q=" + q, id);
			assertThat(ids(found)).containsExactly(id);
			JsonNode hit = found.get("results").get(0);
			for (String html : List.of(hit.get("titleHtml").asString(), hit.get("snippet").asString())) {
				assertThat(html.replace("<mark>", "").replace("</mark>", "")).as(q + ": " + html).doesNotContain("<");
			}
			assertThat(guru.get("/knowledge?q=" + q).body()).doesNotContain("<img src=x")
				.doesNotContain("<script>alert");
		}
	}

	@Test
	void oddSearchesAreAnsweredNeverAFailure() {
		Api guru = api().as("guru@demo.kombel.id");
		for (String q : List.of("\"", "*", "AND", "OR AND NOT", "-", "+", "~", "(", ")", "|", "\\", "a*b", "\"\"",
				"yang", "%", "mengajar~", "\"mengajar", "ajar*", "*ajar", "<script>", "   ")) {
			String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
			Response r = guru.get("/api/v1/search?q=" + encoded);
			assertThat(r.status()).as(q + " " + r.body()).isEqualTo(200);
			assertThat(r.json().get("total").asLong()).as(q).isNotNegative();
			assertThat(guru.get("/knowledge?q=" + encoded).status()).as(q).isEqualTo(200);
		}
		Response tooLong = guru.inLanguage("id").get("/api/v1/search?q=" + "a".repeat(2000));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.contentType()).contains("application/problem+json");
		assertThat(tooLong.body()).contains("Terlalu panjang");
		assertThat(guru.inLanguage("en").get("/api/v1/search?q=" + "a".repeat(2000)).body()).contains("Too long");
		Response page = guru.inLanguage("id").get("/knowledge?q=" + "a".repeat(2000));
		assertThat(page.status()).as("the page says so rather than showing the home").isEqualTo(400);
		assertThat(page.body()).contains("Terlalu panjang");
		assertThat(guru.get("/knowledge?page=-1&q=ajar").status()).isEqualTo(400);
		for (String query : List.of("page=-1", "page=abc", "size=0", "size=-5", "community=x", "page=99999")) {
			Response r = guru.get("/api/v1/search?q=ajar&" + query);
			assertThat(r.status()).as(query + " " + r.body()).isEqualTo(400);
			assertThat(r.contentType()).contains("application/problem+json");
		}
	}

	@Test
	void answersAreFoundAsPartOfTheirQuestion() {
		Api anggota = api().as("anggota@demo.kombel.id");
		Api guru = api().as("guru@demo.kombel.id");
		String w = word();
		long q = create(anggota, "/api/v1/questions", "{\"title\":\"Murid sulit fokus setelah istirahat\",\"body\":"
				+ "\"Apa yang bisa saya lakukan?\",\"levels\":[\"SD\"]}");
		long a = create(guru, "/api/v1/questions/" + q + "/answers",
				"{\"body\":\"Coba ice breaking singkat saat pengajaran " + w + "\"}");
		JsonNode found = searchUntilFound(anggota, "q=mengajar+" + w + "&type=practice,question,material&level=SD", q);
		assertThat(ids(found)).containsExactly(q);
		assertThat(found.get("total").asLong()).isEqualTo(1);
		JsonNode hit = found.get("results").get(0);
		assertThat(hit.get("type").asString()).isEqualTo("question");
		assertThat(hit.get("snippet").asString()).contains("<mark>");
		JsonNode all = anggota.get("/api/v1/search?q=" + w).json();
		assertThat(all.get("results").findValuesAsString("type")).containsOnly("question");
		assertThat(ids(all)).containsExactly(q);
		assertThat(ids(anggota.get("/api/v1/search?q=" + w + "&type=answer").json())).containsExactly(a);

		assertThat(guru.post("/api/v1/moderation/answer/" + a + "/hide", "{}").status()).isIn(403, 200);
		Response hidden = api().as("admin@demo.kombel.id").post("/api/v1/moderation/answer/" + a + "/hide", "{}");
		assertThat(hidden.status()).isEqualTo(200);
		assertThat(ids(anggota.get("/api/v1/search?q=" + w + "&type=question").json()))
			.as("a hidden answer's words no longer find the question")
			.isEmpty();
	}

	@Test
	void anotherTeachersDraftCannotBeReportedOrModerated() {
		Api guru = api().as("guru@demo.kombel.id");
		String draft = practice("Draf rahasia " + word(), "Belum siap", "PUBLIC", null).replace("}",
				",\"draft\":true}");
		long id = create(guru, "/api/v1/practices", draft);
		Response report = api().as("anggota@demo.kombel.id")
			.post("/api/v1/reports", "{\"type\":\"practice\",\"id\":" + id + ",\"reason\":\"SPAM\"}");
		assertThat(report.status()).as("a draft is not there for others").isEqualTo(404);
		Response publish = api().as("anggota@demo.kombel.id").post("/api/v1/practices/" + id + "/publish", "");
		assertThat(publish.status()).as("nor to publish: 404 as for an id that does not exist").isEqualTo(404);
		assertThat(guru.get("/api/v1/practices/" + id).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void pageRedirectsStayOnTheSite() {
		Api guru = api().as("guru@demo.kombel.id");
		long id = create(guru, "/api/v1/practices",
				practice("Praktik untuk dilaporkan " + word(), "x", "PUBLIC", null));
		Api anggota = api().as("anggota@demo.kombel.id");
		for (String back : List.of("/\\evil.example", "//evil.example", "https://evil.example", "/%5Cevil.example",
				"/{x}", "/\t/evil.example")) {
			Response r = anggota.postForm("/knowledge/report",
					"type=practice&id=" + id + "&reason=SPAM&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
			assertThat(r.status()).as(back + " " + r.body()).isEqualTo(302);
			String location = r.header("Location");
			assertThat(URI.create(location).getHost()).as(back + " → " + location).isIn(null, "localhost");
			assertThat(location).as(back).doesNotContain("\\").doesNotContain("//evil");
		}
	}

	@Test
	void theContractsVisibilitiesWorkWithoutSayingWhereWhenThatIsClear() {
		String email = "kabupaten." + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		Response made = api().as("admin@demo.kombel.id")
			.post("/api/v1/accounts",
					"{\"email\":\"" + email + "\",\"displayName\":\"Dinas Karo\",\"password\":\"rahasia-123\","
							+ "\"grants\":[{\"role\":\"REGENCY_OFFICE\",\"regionCode\":\"12.06\"}]}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		Api office = api().as(email, "rahasia-123");
		Response none = office.inLanguage("id")
			.post("/api/v1/practices", practice("Belum ada komunitas " + word(), "x", "COMMUNITY", null));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.body()).contains("communityId").contains("Pilih komunitas");
		Response region = office.post("/api/v1/practices", practice("Untuk Karo " + word(), "x", "REGION", null));
		assertThat(region.status()).as("an office writes for its area").isEqualTo(201);
		assertThat(region.json().get("regionCode").asString()).isEqualTo("12.06");

		long community = create(office, "/api/v1/communities", "{\"name\":\"Kombel Karo " + word()
				+ "\",\"kind\":\"INTER_SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.06\"}");
		Response only = office.post("/api/v1/practices",
				practice("Untuk komunitas saya " + word(), "x", "COMMUNITY", null));
		assertThat(only.status()).as(only.body()).isEqualTo(201);
		assertThat(only.json().get("communityId").asLong()).as("the author's only community").isEqualTo(community);
	}

	@Test
	void longNotesAreA400AndAFullLengthReportIsKept() {
		Api guru = api().as("guru@demo.kombel.id");
		long id = create(guru, "/api/v1/practices", practice("Praktik catatan panjang " + word(), "x", "PUBLIC", null));
		Api anggota = api().as("anggota@demo.kombel.id");
		Response full = anggota.post("/api/v1/reports",
				"{\"type\":\"practice\",\"id\":" + id + ",\"reason\":\"SPAM\",\"note\":\"" + "n".repeat(1000) + "\"}");
		assertThat(full.status()).as("the longest note the API allows: " + full.body()).isEqualTo(201);
		Response page = anggota.postForm("/knowledge/report",
				"type=practice&id=" + id + "&reason=SPAM&note=" + "n".repeat(5000));
		assertThat(page.status()).isEqualTo(400);
		Response trial = anggota.postForm("/practices/" + id + "/trials", "outcome=WORKED&note=" + "n".repeat(5000));
		assertThat(trial.status()).isEqualTo(400);
		assertThat(guru.get("/api/v1/practices/" + id).json().get("trials").asInt()).as("nothing saved").isZero();
	}

	/**
	 * A material upload; {@code metadataDisposition} null leaves the metadata part out.
	 */
	HttpResponse<String> upload(String token, String metadataDisposition, String metadataHeaders, String metadata)
			throws IOException, InterruptedException {
		String boundary = "kombel-" + UUID.randomUUID();
		var out = new ByteArrayOutputStream();
		if (metadataDisposition != null) {
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"" + metadataDisposition
					+ "\r\n" + metadataHeaders + "\r\n" + metadata + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"modul.pdf\""
				+ "\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(PDF);
		out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/materials"))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "id")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
