package id.kombel.knowledge;

import static id.kombel.knowledge.KnowledgeApiTest.PDF;
import static id.kombel.knowledge.KnowledgeApiTest.create;
import static id.kombel.knowledge.KnowledgeApiTest.practice;
import static id.kombel.knowledge.KnowledgeApiTest.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * What issue 5 left over: visible answer counts, full "latest" lists, editors, the type
 * filter, storage, answer times.
 */
class KnowledgeLeftoversTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Value("${kombel.data-path}")
	String dataPath;

	@Test
	void onlyVisibleAnswersCountAndAQuestionWhoseAnswersAreHiddenWaitsAgain() {
		Api anggota = api().as("anggota@demo.kombel.id");
		Api guru = api().as("guru@demo.kombel.id");
		Api admin = api().as("admin@demo.kombel.id");
		long q = create(anggota, "/api/v1/questions", "{\"title\":\"Murid kelas 3 sulit berhitung " + word()
				+ "\",\"body\":\"Apa yang bisa dicoba?\",\"levels\":[\"SD\"]}");
		long spam = create(api().as("kepsek@demo.kombel.id"), "/api/v1/questions/" + q + "/answers",
				"{\"body\":\"Beli buku saya di toko daring\"}");
		assertThat(anggota.get("/api/v1/questions/" + q).json().get("answerCount").asInt()).isEqualTo(1);
		assertThat(waiting(guru)).doesNotContain(q);

		assertThat(admin.post("/api/v1/moderation/answer/" + spam + "/hide", "{}").status()).isEqualTo(200);
		JsonNode hidden = anggota.get("/api/v1/questions/" + q).json();
		assertThat(hidden.get("answerCount").asInt()).as("a hidden answer is not counted").isZero();
		assertThat(hidden.get("minutesToFirstAnswer").isNull()).as("nor is it the first answer").isTrue();
		assertThat(waiting(guru)).as("with no visible answer the question waits again").contains(q);

		long real = create(guru, "/api/v1/questions/" + q + "/answers", "{\"body\":\"Pakai benda konkret dulu\"}");
		assertThat(anggota.get("/api/v1/questions/" + q).json().get("answerCount").asInt()).isEqualTo(1);
		assertThat(admin.post("/api/v1/moderation/answer/" + spam + "/restore", "{}").status()).isEqualTo(200);
		assertThat(anggota.get("/api/v1/questions/" + q).json().get("answerCount").asInt()).isEqualTo(2);
		assertThat(admin.post("/api/v1/moderation/answer/" + real + "/hide", "{}").status()).isEqualTo(200);
		assertThat(admin.post("/api/v1/moderation/answer/" + real + "/hide", "{}").status()).isEqualTo(200);
		assertThat(anggota.get("/api/v1/questions/" + q).json().get("answerCount").asInt())
			.as("hiding twice counts once")
			.isEqualTo(1);
		assertThat(anggota.get("/questions/" + q).body()).contains("1 jawaban");
	}

	List<Long> waiting(Api api) {
		return api.get("/api/v1/questions/unanswered?limit=100")
			.json()
			.findValues("id")
			.stream()
			.map(JsonNode::asLong)
			.toList();
	}

	@Test
	void restrictedItemsDoNotCrowdOutWhatAReaderMaySee() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		long community = create(guru, "/api/v1/communities", "{\"name\":\"Kombel Ramai " + word()
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		String w = word();
		create(guru, "/api/v1/practices", practice("Praktik terbuka " + w, "x", "PUBLIC", null));
		create(guru, "/api/v1/questions", "{\"title\":\"Pertanyaan terbuka " + w + "\",\"body\":\"x\"}");
		KnowledgePublicTest.multipartId(port, "Modul terbuka " + w, "PUBLIC", null);
		for (int i = 0; i < 21; i++) {
			create(guru, "/api/v1/practices", practice("Praktik wilayah " + i + " " + w, "x", "REGION", null));
			create(guru, "/api/v1/questions", "{\"title\":\"Pertanyaan komunitas " + i + " " + w
					+ "\",\"body\":\"x\",\"visibility\":\"COMMUNITY\",\"communityId\":" + community + "}");
			KnowledgePublicTest.multipartId(port, "Modul komunitas " + i + " " + w, "COMMUNITY", community);
		}
		String email = "karo." + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		assertThat(api().as("admin@demo.kombel.id")
			.post("/api/v1/accounts",
					"{\"email\":\"" + email + "\",\"displayName\":\"Dinas Karo\",\"password\":\"rahasia-123\","
							+ "\"grants\":[{\"role\":\"REGENCY_OFFICE\",\"regionCode\":\"12.06\"}]}")
			.status()).isEqualTo(201);
		Api outsider = api().as(email, "rahasia-123");
		for (Api reader : List.of(outsider, api())) {
			String home = reader.get("/knowledge").body();
			assertThat(home).contains("Praktik terbuka " + w)
				.contains("Pertanyaan terbuka " + w)
				.contains("Modul terbuka " + w)
				.doesNotContain("Praktik wilayah")
				.doesNotContain("Pertanyaan komunitas")
				.doesNotContain("Modul komunitas");
		}
		String mine = guru.get("/knowledge").body();
		assertThat(mine).as("the author and members still see theirs")
			.contains("Praktik wilayah 20 " + w)
			.contains("Pertanyaan komunitas 20 " + w)
			.contains("Modul komunitas 20 " + w);
	}

	@Test
	void questionsAFacilitatorMayNotSeeDoNotCrowdOutTheOnesWaitingForThem() throws Exception {
		String w = word();
		// guru facilitates the demo literacy community (SD): an SD question anyone may
		// see waits for them
		create(api().as("anggota@demo.kombel.id"), "/api/v1/questions",
				"{\"title\":\"Menunggu fasilitator " + w + "\",\"body\":\"Bagaimana?\",\"levels\":[\"SD\"]}");
		// then more newer SD questions than the old code read, all of a community guru is
		// not in
		Timestamp later = Timestamp.from(Instant.now().plusSeconds(60));
		jdbc.batchUpdate("insert into question (title, body, kind, levels, subjects, visibility, region_code,"
				+ " community_id, author_id, author_name, hidden, answer_count, created_at, updated_at)"
				+ " values (?, 'x', 'QUESTION', ',SD,', ',', 'COMMUNITY', '12.11', 987654, 999999, 'Lain', false, 0, ?, ?)",
				Stream.iterate(0, n -> n + 1)
					.limit(501)
					.map(n -> new Object[] { "Tertutup " + n + " " + w, later, later })
					.toList());
		try {
			JsonNode waiting = api().as("guru@demo.kombel.id").get("/api/v1/questions/unanswered?limit=100").json();
			assertThat(waiting.findValuesAsString("title")).contains("Menunggu fasilitator " + w)
				.noneMatch(t -> t.startsWith("Tertutup "));
			assertThat(api().as("guru@demo.kombel.id").get("/knowledge").body()).contains("Menunggu fasilitator " + w);
		}
		finally {
			jdbc.update("delete from question where community_id = 987654");
		}
	}

	@Test
	void answersPostedAtTheSameMomentAreAllCounted() throws Exception {
		long q = create(api().as("anggota@demo.kombel.id"), "/api/v1/questions",
				"{\"title\":\"Banyak jawaban " + word() + "\",\"body\":\"Siapa cepat?\",\"levels\":[\"SD\"]}");
		List<Thread> threads = new java.util.ArrayList<>();
		java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
		for (int t = 0; t < 8; t++) {
			Api guru = api().as("guru@demo.kombel.id");
			threads.add(Thread.ofPlatform().start(() -> {
				for (int n = 0; n < 3; n++) {
					if (guru.post("/api/v1/questions/" + q + "/answers", "{\"body\":\"Jawaban serentak\"}")
						.status() == 201) {
						created.incrementAndGet();
					}
				}
			}));
		}
		for (Thread t : threads) {
			t.join();
		}
		assertThat(created.get()).isEqualTo(24);
		assertThat(api().as("guru@demo.kombel.id").get("/api/v1/questions/" + q).json().get("answerCount").asInt())
			.as("every answer counted, none lost to a concurrent one")
			.isEqualTo(24);
	}

	@Test
	void anEditorWithoutAnAccountIdIsRefusedAndNothingIsSaved() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		long m = KnowledgePublicTest.multipartId(port, "Modul editor " + word(), "PUBLIC", null);
		for (String body : List.of("{}", "{\"accountId\":null}", "{\"accountId\":0}")) {
			Response r = guru.inLanguage("id").post("/api/v1/materials/" + m + "/editors", body);
			assertThat(r.status()).as(body + " " + r.body()).isEqualTo(400);
			assertThat(r.contentType()).contains("application/problem+json");
			JsonNode errors = r.json().get("errors");
			assertThat(errors.findValuesAsString("field")).as(body).containsExactly("accountId");
		}
		assertThat(guru.inLanguage("id").post("/api/v1/materials/" + m + "/editors", "{}").body())
			.contains("Wajib diisi");
		assertThat(guru.inLanguage("en").post("/api/v1/materials/" + m + "/editors", "{}").body()).contains("Required");
		assertThat(jdbc.queryForObject("select count(*) from material_editor where material_id = ?", Long.class, m))
			.isZero();
		long anggota = jdbc.queryForObject("select id from account where email = 'anggota@demo.kombel.id'", Long.class);
		assertThat(guru.post("/api/v1/materials/" + m + "/editors", "{\"accountId\":" + anggota + "}").status())
			.isEqualTo(200);
		assertThat(jdbc.queryForList("select account_id from material_editor where material_id = ?", Long.class, m))
			.containsExactly(anggota);
	}

	@Test
	void theHomeOffersNoAnswerTypeButTheApiStillDoes() {
		Api guru = api().as("guru@demo.kombel.id");
		String home = guru.get("/knowledge").body();
		assertThat(home).contains("<option value=\"question\"").doesNotContain("<option value=\"answer\"");
		assertThat(guru.get("/api/v1/search?q=membaca&type=answer").status()).isEqualTo(200);
	}

	@Test
	void aDiskThatCannotStoreTheFileIsA503AndNothingIsSaved() throws Exception {
		// the default file store: <data-dir>/files
		Path root = Path.of(dataPath, "files", "materials");
		Files.createDirectories(root);
		// content whose hash directory does not exist yet: a plain file in its place
		// makes the store fail
		byte[] content;
		Path blocker;
		int n = 0;
		do {
			content = (new String(PDF, StandardCharsets.US_ASCII) + "% " + UUID.randomUUID() + n++)
				.getBytes(StandardCharsets.US_ASCII);
			String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
			blocker = root.resolve(hash.substring(0, 2));
		}
		while (Files.exists(blocker));
		Files.writeString(blocker, "not a directory");
		String title = "Modul gagal simpan " + word();
		try {
			HttpResponse<String> r = KnowledgePublicTest.multipart(port, "/api/v1/materials", token(), "modul.pdf",
					content, "{\"title\":\"" + title + "\",\"kind\":\"MODUL_AJAR\"}");
			assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
			assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
			assertThat(r.body()).contains("Berkas tidak dapat disimpan saat ini");
			assertThat(jdbc.queryForObject("select count(*) from material where title = ?", Long.class, title))
				.as("no row without its file")
				.isZero();
			try (Stream<Path> files = Files.list(root)) {
				assertThat(files.filter(f -> f.getFileName().toString().endsWith(".part")).toList())
					.as("no partial file")
					.isEmpty();
			}

			long m = KnowledgePublicTest.multipartId(port, "Modul versi gagal " + word(), "PUBLIC", null);
			HttpResponse<String> v = KnowledgePublicTest.multipart(port, "/api/v1/materials/" + m + "/versions",
					token(), "modul-v2.pdf", content, null);
			assertThat(v.statusCode()).as(v.body()).isEqualTo(503);
			assertThat(jdbc.queryForObject("select current_version from material where id = ?", Integer.class, m))
				.as("the version was not counted")
				.isEqualTo(1);
			assertThat(
					jdbc.queryForObject("select count(*) from material_version where material_id = ?", Long.class, m))
				.isEqualTo(1);
		}
		finally {
			Files.delete(blocker);
		}
	}

	@Test
	void facilitatorsAndOfficesSeeHowQuicklyQuestionsAreAnswered() {
		Api admin = api().as("admin@demo.kombel.id");
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "fasil." + suffix + "@example.id";
		assertThat(admin
			.post("/api/v1/accounts",
					"{\"email\":\"" + email + "\",\"displayName\":\"Fasilitator Uji\","
							+ "\"password\":\"rahasia-123\",\"grants\":[{\"role\":\"TEACHER\"}]}")
			.status()).isEqualTo(201);
		Api facilitator = api().as(email, "rahasia-123");
		// a teacher with no school places no community: the administrator places it in
		// Karo
		// and names them its facilitator
		long community = create(admin, "/api/v1/communities", "{\"name\":\"Kombel Cepat " + suffix
				+ "\",\"kind\":\"ONLINE\",\"levels\":[\"SD\"],\"regionCode\":\"12.06\"}");
		long facilitatorId = facilitator.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(admin
			.post("/api/v1/communities/" + community + "/members",
					"{\"accountId\":" + facilitatorId + ",\"role\":\"FACILITATOR\"}")
			.status()).isEqualTo(200);
		Instant now = Instant.now();
		long q1 = ask(facilitator, community, now.minus(Duration.ofHours(30)), 60, 25 * 60);
		ask(facilitator, community, now.minus(Duration.ofHours(10)), 180, null);
		ask(facilitator, community, now.minus(Duration.ofHours(2)), null, null);
		// outside the 90 days
		ask(facilitator, community, now.minus(Duration.ofDays(100)), 5, 5);

		String home = facilitator.inLanguage("id").get("/knowledge").body();
		assertThat(home).contains("Kecepatan menjawab (90 hari terakhir)")
			.contains("3 pertanyaan di komunitas dan wilayah Anda, 1 belum terjawab.")
			.as("median of 60 and 180 minutes")
			.contains("Median sampai jawaban pertama: 2 jam 0 menit")
			.contains("Median sampai jawaban terpilih: 1 hari 1 jam");
		assertThat(facilitator.inLanguage("id").get("/questions/" + q1).body())
			.contains("Dijawab pertama setelah 1 jam 0 menit.");

		String officeEmail = "dinas." + suffix + "@example.id";
		assertThat(admin.post("/api/v1/accounts", "{\"email\":\"" + officeEmail + "\",\"displayName\":\"Dinas Uji\","
				+ "\"password\":\"rahasia-123\",\"grants\":[{\"role\":\"REGENCY_OFFICE\",\"regionCode\":\"12.06\"}]}")
			.status()).isEqualTo(201);
		String office = api().as(officeEmail, "rahasia-123").inLanguage("id").get("/knowledge").body();
		assertThat(office).as("the community's questions are of the office's regency and public")
			.contains("Kecepatan menjawab")
			.contains("Median sampai jawaban pertama: 2 jam 0 menit");

		// a fresh account: demo members may have started communities of their own in
		// other tests
		String memberEmail = "anggota." + suffix + "@example.id";
		assertThat(admin
			.post("/api/v1/accounts",
					"{\"email\":\"" + memberEmail + "\",\"displayName\":\"Anggota Uji\","
							+ "\"password\":\"rahasia-123\",\"grants\":[{\"role\":\"TEACHER\"}]}")
			.status()).isEqualTo(201);
		Api member = api().as(memberEmail, "rahasia-123");
		member.post("/api/v1/communities/" + community + "/join", "");
		assertThat(member.get("/knowledge").body()).as("a member sees no summary").doesNotContain("answer-times");
		assertThat(api().get("/knowledge").body()).doesNotContain("answer-times");
	}

	/**
	 * A question of the community asked at {@code asked}, first answered and accepted so
	 * many minutes later.
	 */
	long ask(Api facilitator, long community, Instant asked, Integer firstAfter, Integer acceptedAfter) {
		long q = create(facilitator, "/api/v1/questions",
				"{\"title\":\"Pertanyaan waktu " + word() + "\",\"body\":\"x\",\"communityId\":" + community + "}");
		if (firstAfter != null) {
			long a = create(api().as("guru@demo.kombel.id"), "/api/v1/questions/" + q + "/answers", "{\"body\":\"y\"}");
			if (acceptedAfter != null) {
				assertThat(facilitator.post("/api/v1/questions/" + q + "/answers/" + a + ":accept", "").status())
					.isEqualTo(200);
			}
		}
		jdbc.update("update question set created_at = ?, first_answer_at = ?, accepted_at = ? where id = ?",
				Timestamp.from(asked),
				firstAfter == null ? null : Timestamp.from(asked.plus(Duration.ofMinutes(firstAfter))),
				acceptedAfter == null ? null : Timestamp.from(asked.plus(Duration.ofMinutes(acceptedAfter))), q);
		return q;
	}

	String token() {
		return api().post("/api/v1/tokens", "{\"email\":\"guru@demo.kombel.id\",\"password\":\"kombel-demo\"}")
			.json()
			.get("token")
			.asString();
	}

}
