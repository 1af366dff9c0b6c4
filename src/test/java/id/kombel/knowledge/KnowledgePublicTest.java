package id.kombel.knowledge;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A teacher who gets a link on WhatsApp reads a public item without an account, and
 * nothing more.
 */
class KnowledgePublicTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	/** Nobody signed in: no token, no session. */
	Api visitor() {
		return api().inLanguage("id");
	}

	@Test
	void aVisitorReadsPublicItemsAndDownloadsAPublicMaterial() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		String w = word();
		long p = create(guru, "/api/v1/practices",
				practice("Pojok baca umum " + w, "Murid jarang membaca " + w, "PUBLIC", null));
		long q = create(guru, "/api/v1/questions", "{\"title\":\"Cara memulai asesmen diagnostik " + w
				+ "\",\"body\":\"Kelas saya **besar** sekali, bagaimana memulainya?\",\"levels\":[\"SD\"]}");
		create(api().as("anggota@demo.kombel.id"), "/api/v1/questions/" + q + "/answers",
				"{\"body\":\"Mulai dari tiga soal singkat " + w + "\"}");
		long m = upload(guru, "Modul umum " + w, "PUBLIC", null);

		Response page = visitor().get("/practices/" + p);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("Pojok baca umum " + w)
			.contains("<meta property=\"og:title\" content=\"Pojok baca umum " + w + "\">")
			.contains("<meta property=\"og:description\" content=\"Kelas 2 SD, 28 murid. Murid jarang membaca")
			.contains("<meta property=\"og:type\" content=\"article\">")
			.contains("https://wa.me/?text=")
			.contains("Bagikan ke WhatsApp")
			.contains("Masuk untuk menandai bermanfaat")
			.contains("Masuk untuk berkomentar")
			.contains("/knowledge/sign-in?back=/practices/" + p)
			.as("no form the visitor could not send")
			.doesNotContain("action=\"/practices/" + p + "/comments\"")
			.doesNotContain("action=\"/practices/" + p + "/endorse\"")
			.doesNotContain("action=\"/knowledge/report\"");

		Response question = visitor().get("/questions/" + q);
		assertThat(question.status()).isEqualTo(200);
		assertThat(question.body()).contains("Cara memulai asesmen diagnostik " + w)
			.contains("Mulai dari tiga soal singkat " + w)
			.contains("<strong>besar</strong>")
			.contains("og:description\" content=\"Kelas saya besar sekali, bagaimana memulainya?\"")
			.contains("Bagikan ke WhatsApp")
			.contains("Masuk untuk menjawab")
			.doesNotContain("action=\"/questions/" + q + "/answers\"");

		Response material = visitor().get("/materials/" + m);
		assertThat(material.status()).isEqualTo(200);
		assertThat(material.body()).contains("Modul umum " + w).contains("/materials/" + m + "/download");
		Response file = visitor().get("/materials/" + m + "/download");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).startsWith("%PDF-1.4");
		assertThat(guru.get("/api/v1/materials/" + m).json().get("downloadCount").asLong())
			.as("a visitor's download is counted")
			.isEqualTo(1);

		Response signedIn = guru.get("/practices/" + p);
		assertThat(signedIn.body()).as("signed in, the forms are there as before")
			.contains("action=\"/practices/" + p + "/comments\"")
			.contains("action=\"/knowledge/report\"")
			.doesNotContain("Masuk untuk");
	}

	@Test
	void restrictedDraftAndHiddenItemsAreNotFoundForAVisitor() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		Api admin = api().as("admin@demo.kombel.id");
		long community = create(guru, "/api/v1/communities", "{\"name\":\"Kombel Publik " + word()
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		String w = word();
		long region = create(guru, "/api/v1/practices", practice("Rahasia wilayah " + w, "x", "REGION", null));
		long member = create(guru, "/api/v1/practices",
				practice("Rahasia komunitas " + w, "x", "COMMUNITY", community));
		long draft = create(guru, "/api/v1/practices",
				practice("Rahasia draf " + w, "x", "PUBLIC", null).replace("}", ",\"draft\":true}"));
		long hidden = create(guru, "/api/v1/practices", practice("Rahasia tersembunyi " + w, "x", "PUBLIC", null));
		assertThat(admin.post("/api/v1/moderation/practice/" + hidden + "/hide", "{}").status()).isEqualTo(200);
		long regionQuestion = create(guru, "/api/v1/questions",
				"{\"title\":\"Rahasia pertanyaan " + w + "\",\"body\":\"x\",\"visibility\":\"REGION\"}");
		long hiddenQuestion = create(guru, "/api/v1/questions",
				"{\"title\":\"Rahasia disembunyikan " + w + "\",\"body\":\"x\"}");
		assertThat(admin.post("/api/v1/moderation/question/" + hiddenQuestion + "/hide", "{}").status()).isEqualTo(200);
		long memberMaterial = upload(guru, "Rahasia modul " + w, "COMMUNITY", community);

		for (String path : List.of("/practices/" + region, "/practices/" + member, "/practices/" + draft,
				"/practices/" + hidden, "/questions/" + regionQuestion, "/questions/" + hiddenQuestion,
				"/materials/" + memberMaterial, "/materials/" + memberMaterial + "/download", "/practices/99999999",
				"/practices/" + region + "?history=true")) {
			Response r = visitor().get(path);
			assertThat(r.status()).as(path + " is as missing as an id that never existed").isEqualTo(404);
			assertThat(r.header("Location")).as(path).isNull();
			assertThat(r.body()).as(path).doesNotContain("Rahasia");
			String bare = path.replaceFirst("\\?.*", "");
			assertThat(r.body()).as(path + ": a member reading a shared link can sign in and come back")
				.contains("/knowledge/sign-in?back=" + URLEncoder.encode(bare, StandardCharsets.UTF_8))
				.contains("masuk dulu untuk membukanya");
		}
		String outsider = "luar." + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		assertThat(admin
			.post("/api/v1/accounts",
					"{\"email\":\"" + outsider + "\",\"displayName\":\"Guru Luar\","
							+ "\"password\":\"rahasia-123\",\"grants\":[{\"role\":\"TEACHER\"}]}")
			.status()).isEqualTo(201);
		Response signedIn = api().as(outsider, "rahasia-123").inLanguage("id").get("/practices/" + member);
		assertThat(signedIn.status()).isEqualTo(404);
		assertThat(signedIn.body()).as("signed in already: no sign-in link")
			.doesNotContain("/knowledge/sign-in")
			.doesNotContain("Rahasia");
		assertThat(guru.get("/api/v1/materials/" + memberMaterial).json().get("downloadCount").asLong()).isZero();
		assertThat(guru.get("/practices/" + region).status()).as("the author still reads it").isEqualTo(200);
	}

	@Test
	void aVisitorSearchesAndListsPublicItemsOnly() {
		Api guru = api().as("guru@demo.kombel.id");
		String w = word();
		long open = create(guru, "/api/v1/practices", practice("Terbuka untuk semua " + w, "isi " + w, "PUBLIC", null));
		long closed = create(guru, "/api/v1/practices", practice("Hanya wilayah " + w, "isi " + w, "REGION", null));
		long question = create(guru, "/api/v1/questions",
				"{\"title\":\"Pertanyaan wilayah " + w + "\",\"body\":\"isi " + w + "\",\"visibility\":\"REGION\"}");
		assertThat(ids(searchUntilFound(guru, "q=" + w + "&size=50", closed))).contains(open, closed);
		assertThat(ids(searchUntilFound(guru, "q=" + w + "&size=50", question))).contains(question);

		Response found = visitor().get("/knowledge?q=" + w);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.body()).contains("Terbuka untuk semua")
			.contains("1 hasil")
			.doesNotContain("Hanya wilayah")
			.doesNotContain("Pertanyaan wilayah")
			.contains("Masuk untuk berbagi praktik baik");
		Response home = visitor().get("/knowledge");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("Terbuka untuk semua " + w)
			.doesNotContain("Hanya wilayah " + w)
			.doesNotContain("Pertanyaan wilayah " + w)
			.doesNotContain("/practices/new");
		assertThat(visitor().get("/api/v1/search?q=" + w).status()).as("the API stays signed in").isEqualTo(401);
	}

	@Test
	void aVisitorCannotWriteAndTheApiStaysSignedIn() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		long p = create(guru, "/api/v1/practices", practice("Praktik dibaca tamu " + word(), "x", "PUBLIC", null));
		long q = create(guru, "/api/v1/questions", "{\"title\":\"Pertanyaan dibaca tamu\",\"body\":\"x\"}");
		Browser browser = new Browser();
		for (String[] post : List.of(new String[] { "/practices/" + p + "/comments", "body=Halo" },
				new String[] { "/practices/" + p + "/endorse", "" },
				new String[] { "/practices/" + p + "/trials", "outcome=WORKED" },
				new String[] { "/questions/" + q + "/answers", "body=Jawaban+tamu" },
				new String[] { "/knowledge/report", "type=practice&id=" + p + "&reason=SPAM" })) {
			HttpResponse<String> r = browser.post(post[0], post[1]);
			assertThat(r.statusCode()).as(post[0]).isEqualTo(302);
			assertThat(r.headers().firstValue("Location").orElse("")).as(post[0]).endsWith("/login");
		}
		assertThat(guru.get("/api/v1/practices/" + p + "/comments").json().size()).isZero();
		JsonNode practice = guru.get("/api/v1/practices/" + p).json();
		assertThat(practice.get("endorsements").asInt()).isZero();
		assertThat(practice.get("trials").asInt()).isZero();
		assertThat(guru.get("/api/v1/questions/" + q).json().get("answerCount").asInt()).isZero();

		Api visitor = visitor();
		assertThat(visitor.post("/api/v1/practices/" + p + "/comments", "{\"body\":\"Halo\"}").status()).isEqualTo(401);
		assertThat(visitor.post("/api/v1/questions/" + q + "/answers", "{\"body\":\"Halo\"}").status()).isEqualTo(401);
		assertThat(visitor.get("/api/v1/practices/" + p).status()).isEqualTo(401);
		assertThat(visitor.get("/api/v1/questions/" + q).status()).isEqualTo(401);
		assertThat(visitor.get("/practices/new").status()).as("writing pages still ask to sign in").isEqualTo(302);
	}

	@Test
	void signingInFromAPublicPageReturnsToIt() throws Exception {
		long p = create(api().as("guru@demo.kombel.id"), "/api/v1/practices",
				practice("Praktik untuk kembali " + word(), "x", "PUBLIC", null));
		Browser browser = new Browser();
		HttpResponse<String> link = browser.get("/knowledge/sign-in?back=/practices/" + p + "%23comments");
		assertThat(link.statusCode()).isEqualTo(302);
		assertThat(link.headers().firstValue("Location").orElse("")).endsWith("/login");
		HttpResponse<String> signedIn = browser.post("/login", "username="
				+ URLEncoder.encode("anggota@demo.kombel.id", StandardCharsets.UTF_8) + "&password=kombel-demo");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String next = signedIn.headers().firstValue("Location").orElse("");
		assertThat(next).contains("/knowledge/sign-in");
		HttpResponse<String> back = browser.get(URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery());
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location").orElse("")).endsWith("/practices/" + p + "#comments");
		HttpResponse<String> page = browser.get("/practices/" + p);
		assertThat(page.body()).contains("action=\"/practices/" + p + "/comments\"");
		assertThat(
				browser.get("/knowledge/sign-in?back=https://evil.example").headers().firstValue("Location").orElse(""))
			.as("never leaves the site")
			.endsWith("/knowledge");
	}

	long upload(Api api, String title, String visibility, Long community) throws Exception {
		return multipartId(port, title, visibility, community);
	}

	/** A PDF material uploaded by guru, its id. */
	static long multipartId(int port, String title, String visibility, Long community) throws Exception {
		String meta = "{\"title\":\"" + title + "\",\"kind\":\"MODUL_AJAR\",\"levels\":[\"SD\"],\"visibility\":\""
				+ visibility + "\"" + (community == null ? "" : ",\"communityId\":" + community)
				+ ",\"description\":\"Modul untuk membaca\"}";
		String token = new Api("http://localhost:" + port)
			.post("/api/v1/tokens", "{\"email\":\"guru@demo.kombel.id\",\"password\":\"kombel-demo\"}")
			.json()
			.get("token")
			.asString();
		HttpResponse<String> r = multipart(port, "/api/v1/materials", token, "modul.pdf", PDF, meta);
		assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
		return KnowledgeApiTest.JSON.readTree(r.body()).get("id").asLong();
	}

	static HttpResponse<String> multipart(int port, String path, String token, String filename, byte[] content,
			String metadata) throws IOException, InterruptedException {
		String boundary = "kombel-" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (metadata != null) {
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
					+ "Content-Type: application/json\r\n\r\n" + metadata + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.write(content);
		out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "id")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * A browser without an account: keeps its cookies, sends the CSRF token of the
	 * sign-in page's form with every POST (so a refusal is the sign-in's, not the forgery
	 * check's), follows nothing.
	 */
	final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String path) throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept-Language", "id")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws Exception {
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
			assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
			String body = (form.isEmpty() ? "" : form + "&") + "_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
