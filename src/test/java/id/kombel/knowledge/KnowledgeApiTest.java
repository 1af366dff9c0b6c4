package id.kombel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge contract of issue 5, checked from outside: practices, questions,
 * materials, search.
 */
public class KnowledgeApiTest extends IntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Answers are searched inside their question by default; this lists them on their own
	 * too.
	 */
	static final String EVERY_TYPE = "practice,question,answer,material";

	public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static String word() {
		// a made-up word that appears nowhere else, so a search for it finds only this
		// test's items
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	static long create(Api api, String path, String body) {
		Response r = api.post(path, body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	/**
	 * How long a saved item may take to show up in search before a test fails: generous,
	 * for a loaded machine.
	 */
	static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(30);

	/**
	 * Searches until the item shows up, and fails if it has not after
	 * {@link #SEARCHABLE_WITHIN}. With {@code read-sync} the first search after the save
	 * usually finds it; the 2-second freshness bound itself is measured by
	 * {@code KnowledgeBenchmark}, not here: on a shared 2-core machine one slow request
	 * would fail a 2-second deadline, not the product.
	 */
	static JsonNode searchUntilFound(Api api, String query, long expectedId) {
		long deadline = System.nanoTime() + SEARCHABLE_WITHIN.toNanos();
		while (true) {
			Response r = api.get("/api/v1/search?" + query);
			assertThat(r.status()).as(r.body()).isEqualTo(200);
			JsonNode result = r.json();
			if (ids(result).contains(expectedId)) {
				return result;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(
						expectedId + " not found by " + query + " within " + SEARCHABLE_WITHIN + ": " + result);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + expectedId, ex);
			}
		}
	}

	static List<Long> ids(JsonNode result) {
		return result.get("results").valueStream().map(h -> h.get("id").asLong()).toList();
	}

	static String practice(String title, String text, String visibility, Long community) {
		return "{\"title\":\"" + title + "\",\"context\":\"Kelas 2 SD, 28 murid.\",\"problem\":\"" + text
				+ "\",\"action\":\"Guru membaca nyaring setiap pagi.\",\"result\":\"Murid lebih lancar membaca.\","
				+ "\"reflection\":\"Perlu buku yang lebih banyak.\",\"levels\":[\"SD\"],\"subjects\":[\"Bahasa Indonesia\"],"
				+ "\"visibility\":\"" + visibility + "\"" + (community == null ? "" : ",\"communityId\":" + community)
				+ "}";
	}

	Api outsider() {
		String email = "karo." + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		Response r = api().as("admin@demo.kombel.id")
			.post("/api/v1/accounts",
					"{\"email\":\"" + email + "\",\"displayName\":\"Dinas Karo\",\"password\":\"rahasia-123\","
							+ "\"grants\":[{\"role\":\"REGENCY_OFFICE\",\"regionCode\":\"12.06\"}]}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return api().as(email, "rahasia-123");
	}

	@Test
	void aPracticeIsSharedAndFoundByAnyAffixWithin2Seconds() {
		Api guru = api().as("guru@demo.kombel.id");
		String w = word();
		Response r = guru.post("/api/v1/practices",
				practice("Membaca nyaring " + w, "Pengajaran membaca kurang menarik bagi murid " + w, "PUBLIC", null));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		long id = r.json().get("id").asLong();
		assertThat(r.header("Location")).isEqualTo("/api/v1/practices/" + id);
		assertThat(r.json().get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(r.json().get("regionCode").asString()).as("the author's regency").isEqualTo("12.11");

		Api anggota = api().as("anggota@demo.kombel.id");
		JsonNode found = searchUntilFound(anggota, "q=mengajar+" + w + "&type=practice,question,material&level=SD", id);
		assertThat(ids(found)).containsExactly(id);
		assertThat(found.get("total").asLong()).isEqualTo(1);
		JsonNode hit = found.get("results").get(0);
		assertThat(hit.get("type").asString()).isEqualTo("practice");
		assertThat(hit.get("title").asString()).isEqualTo("Membaca nyaring " + w);
		assertThat(hit.get("snippet").asString()).contains("<mark>");
		for (String affix : List.of("diajarkan", "ajar", "pengajaran", "mengajarkan", "ajarkan")) {
			assertThat(ids(anggota.get("/api/v1/search?q=" + affix + "+" + w).json())).as(affix).containsExactly(id);
		}
		assertThat(ids(anggota.get("/api/v1/search?q=" + w + "&level=SMP").json())).isEmpty();
		assertThat(ids(anggota.get("/api/v1/search?q=" + w + "&type=question").json())).isEmpty();
		assertThat(ids(anggota.get("/api/v1/search?q=" + w + "&subject=bahasa%20indonesia&region=12").json()))
			.containsExactly(id);
		assertThat(ids(anggota.get("/api/v1/search?q=" + w + "&region=12.06").json())).isEmpty();
		assertThat(anggota.get("/api/v1/search?q=x&type=unknown").status()).isEqualTo(400);
		assertThat(anggota.get("/api/v1/search?q=x&size=500").status()).isEqualTo(400);
	}

	@Test
	void draftsStayWithTheirAuthorAndEditsKeepAHistory() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		String w = word();
		String draft = practice("Draf praktik " + w, "Masalah " + w, "PUBLIC", null).replace("}", ",\"draft\":true}");
		long id = create(guru, "/api/v1/practices", draft);
		assertThat(anggota.get("/api/v1/practices/" + id).status()).isEqualTo(404);
		assertThat(ids(guru.get("/api/v1/search?q=" + w).json())).as("drafts are not searched").isEmpty();
		assertThat(guru.get("/api/v1/practices/drafts").json().findValuesAsString("title"))
			.contains("Draf praktik " + w);

		Response edited = guru.put("/api/v1/practices/" + id,
				practice("Praktik matang " + w, "Masalah lebih jelas " + w, "PUBLIC", null));
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().get("revision").asInt()).isEqualTo(2);
		assertThat(anggota.put("/api/v1/practices/" + id, practice("Bukan milik saya", "x", "PUBLIC", null)).status())
			.isIn(403, 404);
		assertThat(guru.post("/api/v1/practices/" + id + "/publish", "").status()).isEqualTo(200);
		assertThat(anggota.get("/api/v1/practices/" + id).status()).isEqualTo(200);
		JsonNode history = guru.get("/api/v1/practices/" + id + "/revisions").json();
		assertThat(history.findValuesAsString("title")).containsExactly("Praktik matang " + w, "Draf praktik " + w);
		assertThat(ids(searchUntilFound(anggota, "q=" + w, id))).containsExactly(id);
	}

	@Test
	void othersCommentEndorseAndReportHowItWent() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long id = create(guru, "/api/v1/practices",
				practice("Pojok baca kelas " + word(), "Buku sedikit", "PUBLIC", null));
		assertThat(anggota.post("/api/v1/practices/" + id + "/endorsements", "").status()).isEqualTo(201);
		Response again = anggota.post("/api/v1/practices/" + id + "/endorsements", "");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("endorsements").asInt()).isEqualTo(1);
		assertThat(again.json().get("endorsedByMe").asBoolean()).isTrue();
		assertThat(anggota.post("/api/v1/practices/" + id + "/comments", "{\"body\":\"Terima kasih, Bu!\"}").status())
			.isEqualTo(201);
		assertThat(anggota.post("/api/v1/practices/" + id + "/comments", "{\"body\":\"\"}").status()).isEqualTo(400);
		assertThat(anggota
			.post("/api/v1/practices/" + id + "/trials", "{\"outcome\":\"WORKED\",\"note\":\"Murid senang\"}")
			.status()).isEqualTo(201);
		Response bad = anggota.inLanguage("id").post("/api/v1/practices/" + id + "/trials", "{\"outcome\":\"MAYBE\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("tidak dikenal");
		JsonNode p = guru.get("/api/v1/practices/" + id).json();
		assertThat(p.get("trials").asInt()).isEqualTo(1);
		assertThat(guru.get("/api/v1/practices/" + id + "/comments").json().findValuesAsString("body"))
			.containsExactly("Terima kasih, Bu!");
		assertThat(anggota.delete("/api/v1/practices/" + id + "/endorsements").status()).isEqualTo(204);
		assertThat(guru.get("/api/v1/practices/" + id).json().get("endorsements").asInt()).isZero();
	}

	@Test
	void theAskerAcceptsAnAnswerAndOthersMayNot() {
		Api anggota = api().as("anggota@demo.kombel.id");
		Api guru = api().as("guru@demo.kombel.id");
		String w = word();
		Response asked = anggota.post("/api/v1/questions", "{\"title\":\"Murid kelas 2 belum lancar membaca " + w
				+ "\",\"body\":\"Bagaimana mengajarkan membaca permulaan?\",\"levels\":[\"SD\"],\"subjects\":[\"Bahasa Indonesia\"]}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		long q = asked.json().get("id").asLong();
		assertThat(asked.header("Location")).isEqualTo("/api/v1/questions/" + q);

		assertThat(guru.get("/api/v1/questions/unanswered?limit=100")
			.json()
			.findValues("id")
			.stream()
			.map(JsonNode::asLong)).as("surfaced to a facilitator of an SD community").contains(q);

		Response answered = guru.post("/api/v1/questions/" + q + "/answers",
				"{\"body\":\"Coba metode SAS dan pengajaran fonik " + w + "\"}");
		assertThat(answered.status()).as(answered.body()).isEqualTo(201);
		long a = answered.json().get("id").asLong();
		assertThat(guru.get("/api/v1/questions/unanswered?limit=100")
			.json()
			.findValues("id")
			.stream()
			.map(JsonNode::asLong)).doesNotContain(q);

		Response denied = api().as("dinas.dairi@demo.kombel.id")
			.post("/api/v1/questions/" + q + "/answers/" + a + ":accept", "");
		assertThat(denied.status()).isEqualTo(403);
		assertThat(guru.post("/api/v1/questions/" + q + "/answers/" + a + ":accept", "").status())
			.as("the answerer is neither asker nor facilitator of the question's community")
			.isEqualTo(403);
		Response accepted = anggota.post("/api/v1/questions/" + q + "/answers/" + a + ":accept", "");
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("acceptedAnswerId").asLong()).isEqualTo(a);
		assertThat(accepted.json().get("minutesToFirstAnswer").isNull()).isFalse();
		assertThat(accepted.json().get("minutesToAccepted").isNull()).isFalse();
		assertThat(accepted.json().get("answers").get(0).get("accepted").asBoolean()).isTrue();
		assertThat(anggota.post("/api/v1/questions/" + q + "/answers/999999:accept", "").status()).isEqualTo(404);

		JsonNode found = searchUntilFound(anggota, "q=fonik+" + w + "&type=answer", a);
		assertThat(found.get("results").get(0).get("type").asString()).isEqualTo("answer");
		assertThat(found.get("results").get(0).get("url").asString()).isEqualTo("/questions/" + q + "#answer-" + a);
		assertThat(anggota.post("/api/v1/questions", "{\"title\":\"\",\"body\":\"\"}").status()).isEqualTo(400);
	}

	@Test
	void aFacilitatorAcceptsInTheirCommunity() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long community = community(guru);
		anggota.post("/api/v1/communities/" + community + "/join", "");
		long q = create(anggota, "/api/v1/questions",
				"{\"title\":\"Tantangan asesmen formatif\",\"body\":\"Waktu tidak cukup\","
						+ "\"kind\":\"CHALLENGE\",\"visibility\":\"COMMUNITY\",\"communityId\":" + community + "}");
		long a = create(anggota, "/api/v1/questions/" + q + "/answers", "{\"body\":\"Saya coba exit ticket\"}");
		assertThat(guru.post("/api/v1/questions/" + q + "/answers/" + a + ":accept", "").status()).isEqualTo(200);
	}

	long community(Api facilitator) {
		return create(facilitator, "/api/v1/communities",
				"{\"name\":\"Kombel Uji " + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
	}

	@Test
	void anItemOfACommunityNeverAppearsToAnOutsider() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		Api outsider = outsider();
		long community = community(guru);
		String w = word();
		long p = create(guru, "/api/v1/practices",
				practice("Rahasia komunitas " + w, "Catatan internal " + w, "COMMUNITY", community));
		long q = create(guru, "/api/v1/questions", "{\"title\":\"Pertanyaan internal " + w + "\",\"body\":\"Isi " + w
				+ "\",\"visibility\":\"COMMUNITY\",\"communityId\":" + community + "}");
		long a = create(guru, "/api/v1/questions/" + q + "/answers", "{\"body\":\"Jawaban internal " + w + "\"}");
		assertThat(ids(searchUntilFound(guru, "q=" + w + "&type=" + EVERY_TYPE, p))).contains(p, q, a);

		for (Api stranger : List.of(outsider, anggota, api().as("kepsek@demo.kombel.id"))) {
			assertThat(ids(stranger.get("/api/v1/search?q=" + w + "&type=" + EVERY_TYPE).json())).isEmpty();
			assertThat(stranger.get("/api/v1/search?q=" + w + "&type=" + EVERY_TYPE).json().get("total").asLong())
				.isZero();
			assertThat(stranger.get("/api/v1/search?q=" + w).json().get("total").asLong()).isZero();
			assertThat(stranger.get("/api/v1/practices/" + p).status()).isEqualTo(404);
			assertThat(stranger.get("/api/v1/questions/" + q).status()).isEqualTo(404);
			Response page = stranger.get("/practices/" + p);
			assertThat(page.status()).isEqualTo(404);
			assertThat(page.body()).doesNotContain("Rahasia komunitas");
			assertThat(stranger.get("/knowledge?q=" + w).body()).doesNotContain("Rahasia komunitas")
				.contains("0 hasil");
		}
		assertThat(anggota.post("/api/v1/practices", practice("Menyusup " + w, "x", "COMMUNITY", community)).status())
			.as("only members share into a community")
			.isEqualTo(403);

		anggota.post("/api/v1/communities/" + community + "/join", "");
		assertThat(ids(anggota.get("/api/v1/search?q=" + w + "&type=" + EVERY_TYPE).json())).contains(p, q, a);
		assertThat(anggota.get("/practices/" + p).body()).contains("Rahasia komunitas");
		assertThat(ids(api().as("admin@demo.kombel.id").get("/api/v1/search?q=" + w + "&type=" + EVERY_TYPE).json()))
			.contains(p, q, a);
	}

	@Test
	void anItemOfARegionIsSeenOnlyInThatRegion() {
		Api guru = api().as("guru@demo.kombel.id");
		String w = word();
		long p = create(guru, "/api/v1/practices", practice("Praktik Dairi " + w, "Untuk Dairi " + w, "REGION", null));
		assertThat(guru.get("/api/v1/practices/" + p).json().get("regionCode").asString()).isEqualTo("12.11");
		assertThat(ids(searchUntilFound(api().as("anggota@demo.kombel.id"), "q=" + w, p))).containsExactly(p);
		assertThat(ids(api().as("dinas.dairi@demo.kombel.id").get("/api/v1/search?q=" + w).json())).containsExactly(p);
		assertThat(ids(api().as("balai@demo.kombel.id").get("/api/v1/search?q=" + w).json())).containsExactly(p);
		Api outsider = outsider();
		assertThat(ids(outsider.get("/api/v1/search?q=" + w).json())).isEmpty();
		assertThat(outsider.get("/api/v1/practices/" + p).status()).isEqualTo(404);
	}

	@Test
	void materialsAreUploadedCheckedVersionedAndCounted() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		String token = token("guru@demo.kombel.id");
		String w = word();
		String meta = "{\"title\":\"Modul ajar membaca " + w + "\",\"kind\":\"MODUL_AJAR\",\"levels\":[\"SD\"],"
				+ "\"subjects\":[\"Bahasa Indonesia\"],\"description\":\"Modul untuk pengajaran membaca permulaan\"}";
		HttpResponse<String> up = multipart("/api/v1/materials", token, "modul.pdf", PDF, meta);
		assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
		JsonNode m = JSON.readTree(up.body());
		long id = m.get("id").asLong();
		assertThat(m.get("currentVersion").asInt()).isEqualTo(1);
		assertThat(m.get("versions").get(0).get("contentType").asString()).isEqualTo("application/pdf");

		Response file = guru.get("/api/v1/materials/" + id + "/download");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).startsWith("%PDF-1.4");
		assertThat(file.header("Content-Disposition")).startsWith("attachment");
		assertThat(guru.get("/materials/" + id + "/download").status()).isEqualTo(200);
		assertThat(guru.get("/api/v1/materials/" + id).json().get("downloadCount").asLong()).isEqualTo(2);

		assertThat(ids(searchUntilFound(guru, "q=mengajar+" + w + "&type=material", id))).containsExactly(id);

		HttpResponse<String> v2 = multipart("/api/v1/materials/" + id + "/versions", token, "modul-v2.pdf", PDF, null);
		assertThat(v2.statusCode()).as(v2.body()).isEqualTo(201);
		assertThat(JSON.readTree(v2.body()).get("currentVersion").asInt()).isEqualTo(2);
		HttpResponse<String> notEditor = multipart("/api/v1/materials/" + id + "/versions",
				token("dinas.dairi@demo.kombel.id"), "x.pdf", PDF, null);
		assertThat(notEditor.statusCode()).isEqualTo(403);

		byte[] exe = new byte[2048];
		exe[0] = 'M';
		exe[1] = 'Z';
		HttpResponse<String> disguised = multipart("/api/v1/materials", token, "modul.pdf", exe, meta);
		assertThat(disguised.statusCode()).isEqualTo(400);
		assertThat(disguised.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		assertThat(disguised.body()).contains("tidak diterima");
		HttpResponse<String> html = multipart("/api/v1/materials", token, "modul.docx",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), meta);
		assertThat(html.statusCode()).isEqualTo(400);
		byte[] big = new byte[16 * 1024 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		HttpResponse<String> tooBig = multipart("/api/v1/materials", token, "besar.pdf", big, meta);
		assertThat(tooBig.statusCode()).isEqualTo(400);
		assertThat(tooBig.body()).contains("terlalu besar");
		HttpResponse<String> noMeta = multipart("/api/v1/materials", token, "modul.pdf", PDF, "{bukan json");
		assertThat(noMeta.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(noMeta.body()).findValuesAsString("field")).contains("metadata");
	}

	@Test
	void userTextIsSanitisedOnPages() {
		Api guru = api().as("guru@demo.kombel.id");
		long id = create(guru, "/api/v1/practices", "{\"title\":\"Uji keamanan <b>judul</b>\",\"context\":"
				+ "\"<script>alert('x')</script>\\n\\n**tebal** [tautan](javascript:alert(1)) <img src=x onerror=alert(2)> "
				+ "[baik](https://guru.kemdikbud.go.id)\"," + "\"levels\":[\"SD\"]}");
		Response page = guru.get("/practices/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<script>alert")
			.doesNotContain("href=\"javascript")
			.doesNotContain("<img")
			.doesNotContain("<b>judul</b>")
			.contains("<strong>tebal</strong>")
			.contains("<a href=\"https://guru.kemdikbud.go.id\" rel=\"nofollow noopener noreferrer\">baik</a>");
	}

	@Test
	void everyPageRendersForATeacher() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		String w = word();
		long p = create(guru, "/api/v1/practices",
				practice("Halaman praktik " + w, "Isi **penting** " + w, "PUBLIC", null));
		long q = create(guru, "/api/v1/questions",
				"{\"title\":\"Halaman pertanyaan " + w + "\",\"body\":\"Isi *miring*\"," + "\"levels\":[\"SD\"]}");
		create(api().as("anggota@demo.kombel.id"), "/api/v1/questions/" + q + "/answers",
				"{\"body\":\"Jawaban **tebal** " + w + "\"}");
		HttpResponse<String> up = multipart("/api/v1/materials", token("guru@demo.kombel.id"), "lkpd.pdf", PDF,
				"{\"title\":\"LKPD " + w + "\",\"kind\":\"LKPD\",\"description\":\"Lembar **kerja**\"}");
		long m = JSON.readTree(up.body()).get("id").asLong();
		guru.post("/api/v1/materials/" + m + "/comments", "{\"body\":\"Komentar _bagus_\"}");
		searchUntilFound(guru, "q=" + w, p);
		for (String path : List.of("/knowledge", "/knowledge?q=" + w,
				"/knowledge?q=" + w + "&type=question&level=SD&region=12", "/practices/new", "/questions/new",
				"/materials/new", "/knowledge/moderation", "/practices/" + p, "/practices/" + p + "?history=true",
				"/practices/" + p + "/edit", "/questions/" + q, "/materials/" + m)) {
			Response page = guru.get(path);
			assertThat(page.status()).as(path + " " + page.body()).isEqualTo(200);
		}
		assertThat(guru.get("/practices/" + p).body()).contains("<strong>penting</strong>");
		assertThat(guru.get("/questions/" + q).body()).contains("<strong>tebal</strong>").contains("<em>miring</em>");
		assertThat(guru.get("/materials/" + m).body()).contains("<strong>kerja</strong>").contains("<em>bagus</em>");
		assertThat(guru.get("/knowledge?q=" + w).body()).contains("<mark>");
		assertThat(api().as("admin@demo.kombel.id").get("/knowledge/moderation").body())
			.contains("/knowledge/moderation/reindex");
	}

	@Test
	void facilitatorsHideReportedContentWithAnAuditTrail() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long community = community(guru);
		anggota.post("/api/v1/communities/" + community + "/join", "");
		String w = word();
		long p = create(anggota, "/api/v1/practices",
				practice("Iklan " + w, "Beli sekarang " + w, "PUBLIC", community));
		searchUntilFound(guru, "q=" + w, p);
		Response report = guru.post("/api/v1/reports", "{\"type\":\"practice\",\"id\":" + p + ",\"reason\":\"SPAM\"}");
		assertThat(report.status()).as(report.body()).isEqualTo(201);
		for (int i = 0; i < 3; i++) {
			Response again = guru.post("/api/v1/reports",
					"{\"type\":\"practice\",\"id\":" + p + ",\"reason\":\"SPAM\"}");
			assertThat(again.json().get("id").asLong()).as("one open report per account and item")
				.isEqualTo(report.json().get("id").asLong());
		}
		assertThat(anggota.post("/api/v1/moderation/practice/" + p + "/hide", "{}").status())
			.as("a member (even the author) does not moderate")
			.isEqualTo(403);
		assertThat(guru.get("/api/v1/reports").json().findValues("targetId").stream().map(JsonNode::asLong))
			.contains(p);
		assertThat(guru.post("/api/v1/moderation/practice/" + p + "/hide", "{\"note\":\"iklan\"}").status())
			.isEqualTo(200);
		assertThat(ids(api().as("kepsek@demo.kombel.id").get("/api/v1/search?q=" + w).json())).isEmpty();
		assertThat(api().as("kepsek@demo.kombel.id").get("/api/v1/practices/" + p).status()).isEqualTo(404);
		JsonNode trail = guru.get("/api/v1/moderation/practice/" + p + "/audit").json();
		assertThat(trail.findValuesAsString("action")).containsExactly("REPORT", "HIDE");
		assertThat(guru.get("/api/v1/reports").json().findValues("targetId").stream().map(JsonNode::asLong))
			.doesNotContain(p);
		assertThat(guru.post("/api/v1/moderation/practice/" + p + "/restore", "{}").status()).isEqualTo(200);
		assertThat(ids(searchUntilFound(api().as("kepsek@demo.kombel.id"), "q=" + w, p))).containsExactly(p);
	}

	@Test
	void onlyAdministratorsRebuildTheIndex() throws InterruptedException {
		assertThat(api().as("guru@demo.kombel.id").post("/api/v1/admin/search/reindex", "").status()).isEqualTo(403);
		Api admin = api().as("admin@demo.kombel.id");
		long p = create(admin, "/api/v1/practices",
				practice("Sebelum pembangunan ulang " + word(), "x", "PUBLIC", null));
		Response started = admin.post("/api/v1/admin/search/reindex", "");
		assertThat(started.status()).isIn(202, 409);
		JsonNode status;
		long deadline = System.currentTimeMillis() + 60_000;
		do {
			Thread.sleep(200);
			status = admin.get("/api/v1/admin/search/reindex").json();
		}
		while (status.get("running").asBoolean() && System.currentTimeMillis() < deadline);
		assertThat(status.get("error").isNull()).as(status.toString()).isTrue();
		assertThat(status.get("documents").asLong()).isPositive();
		assertThat(ids(admin.get("/api/v1/search?q=pembangunan&type=practice&size=50").json())).contains(p);
	}

	String token(String email) {
		return api().post("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"kombel-demo\"}")
			.json()
			.get("token")
			.asString();
	}

	HttpResponse<String> multipart(String path, String token, String filename, byte[] content, String metadata)
			throws IOException, InterruptedException {
		return KnowledgePublicTest.multipart(port, path, token, filename, content, metadata);
	}

}
