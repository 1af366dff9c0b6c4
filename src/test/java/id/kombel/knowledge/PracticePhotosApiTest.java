package id.kombel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import id.kombel.knowledge.photo.PracticePhotos;
import id.kombel.knowledge.photo.TestPhotos;

/**
 * Evidence photos from outside: upload, what is stored, who sees them, limits, removal.
 */
class PracticePhotosApiTest extends IntegrationTest {

	static final Path STORE = Path.of("target/test-data/files/practice-photos");

	record Reply(int status, String contentType, String cacheControl, byte[] body) {

		JsonNode json() {
			return KnowledgeApiTest.JSON.readTree(new String(body, StandardCharsets.UTF_8));
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	String token(String email) {
		return api().post("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"kombel-demo\"}")
			.json()
			.get("token")
			.asString();
	}

	Reply upload(String token, long practice, String name, byte[] content, String caption, String language) {
		String boundary = "kombel-" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (caption != null) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + caption
					+ "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(token,
				HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/v1/practices/" + practice + "/photos"))
					.header("Accept-Language", language)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	Reply get(String token, String path) {
		return send(token, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
	}

	Reply delete(String token, String path) {
		return send(token, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE());
	}

	static Reply send(String token, HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> r = HttpClient.newHttpClient()
				.send(request.header("Authorization", "Bearer " + token).build(),
						HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
					r.headers().firstValue("Cache-Control").orElse(""), r.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long storedFiles() throws IOException {
		if (!Files.exists(STORE)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(STORE)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

	long communityPractice(Api guru, String title) {
		long community = KnowledgeApiTest.create(guru, "/api/v1/communities",
				"{\"name\":\"Kombel Foto " + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		return KnowledgeApiTest.create(guru, "/api/v1/practices",
				KnowledgeApiTest.practice(title, "Bukti kegiatan", "COMMUNITY", community));
	}

	@Test
	void aVisitorWithoutAnAccountSeesThePhotosOfAPublicPracticeOnly() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		String author = token("guru@demo.kombel.id");
		long open = KnowledgeApiTest.create(guru, "/api/v1/practices", KnowledgeApiTest
			.practice("Pojok baca umum " + KnowledgeApiTest.word(), "Bukti kegiatan", "PUBLIC", null));
		long closed = communityPractice(guru, "Pojok baca anggota " + KnowledgeApiTest.word());
		String openUrl = upload(author, open, "a.jpg", TestPhotos.sidewaysJpeg(400, 300), null, "id").json()
			.get("smallUrl")
			.asString();
		String closedUrl = upload(author, closed, "b.jpg", TestPhotos.sidewaysJpeg(400, 300), null, "id").json()
			.get("smallUrl")
			.asString();

		HttpClient visitor = HttpClient.newHttpClient();
		HttpResponse<byte[]> seen = visitor.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + openUrl)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(seen.statusCode()).isEqualTo(200);
		assertThat(seen.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(TestPhotos.decode(seen.body())).isNotNull();
		HttpResponse<byte[]> unseen = visitor.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + closedUrl)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(unseen.statusCode()).as("a community's photo does not exist for a visitor").isEqualTo(404);
	}

	@Test
	void aPhoneJpegIsStoredUprightSmallAndWithoutLocationAndOnlyMembersSeeIt() throws IOException {
		Api guru = api().as("guru@demo.kombel.id");
		String author = token("guru@demo.kombel.id");
		long p = communityPractice(guru, "Pojok baca kelas " + KnowledgeApiTest.word());

		Reply up = upload(author, p, "IMG_20240525.jpg", TestPhotos.sidewaysJpeg(1600, 800),
				"Murid membaca di pojok baca", "id");
		assertThat(up.status()).as(up.text()).isEqualTo(201);
		JsonNode photo = up.json();
		long photoId = photo.get("id").asLong();
		assertThat(photo.get("caption").asString()).isEqualTo("Murid membaca di pojok baca");
		String small = photo.get("smallUrl").asString();
		String display = photo.get("displayUrl").asString();
		assertThat(small).isEqualTo("/practices/" + p + "/photos/" + photoId + "/small.jpg");
		assertThat(photo.get("displayWidth").asInt()).isEqualTo(640);
		assertThat(photo.get("displayHeight").asInt()).isEqualTo(1280);
		JsonNode listed = guru.get("/api/v1/practices/" + p).json().get("photos");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).get("displayUrl").asString()).isEqualTo(display);

		for (String url : new String[] { small, display }) {
			Reply image = get(author, url);
			assertThat(image.status()).isEqualTo(200);
			assertThat(image.contentType()).isEqualTo("image/jpeg");
			assertThat(image.cacheControl()).contains("private").contains("immutable").doesNotContain("public");
			BufferedImage pixels = TestPhotos.decode(image.body());
			assertThat(pixels.getHeight()).as("upright").isGreaterThan(pixels.getWidth());
			assertThat(pixels.getWidth()).isLessThanOrEqualTo(url.endsWith("small.jpg") ? 320 : 1280);
			assertThat(TestPhotos.reddish(pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() / 8))).isTrue();
			assertThat(TestPhotos.hasExif(image.body())).as("no EXIF or GPS").isFalse();
		}
		Reply page = get(author, "/practices/" + p);
		assertThat(page.text()).contains("src=\"" + small + "\"")
			.contains("href=\"" + display + "\"")
			.contains("loading=\"lazy\"")
			.contains("alt=\"Murid membaca di pojok baca\"")
			.contains("width=\"240\" height=\"480\"");

		// outsiders of the community: the same 404 as for the practice itself
		String stranger = token("anggota@demo.kombel.id");
		String office = token("dinas.dairi@demo.kombel.id");
		for (String t : new String[] { stranger, office }) {
			assertThat(get(t, small).status()).isEqualTo(404);
			assertThat(get(t, display).status()).isEqualTo(404);
			assertThat(delete(t, "/api/v1/practices/" + p + "/photos/" + photoId).status()).isEqualTo(404);
			assertThat(upload(t, p, "x.jpg", TestPhotos.sidewaysJpeg(20, 10), null, "id").status()).isEqualTo(404);
			assertThat(upload(t, p, "x.jpg", "bukan foto".getBytes(StandardCharsets.UTF_8), null, "id").status())
				.as("not even a file check for an outsider")
				.isEqualTo(404);
		}
		Api anggota = api().as("anggota@demo.kombel.id");
		long community = guru.get("/api/v1/practices/" + p).json().get("communityId").asLong();
		assertThat(anggota.post("/api/v1/communities/" + community + "/join", "").status()).isLessThan(300);
		assertThat(get(stranger, small).status()).as("a member sees it").isEqualTo(200);
		assertThat(delete(stranger, "/api/v1/practices/" + p + "/photos/" + photoId).status())
			.as("but only the author edits")
			.isEqualTo(403);
		assertThat(upload(stranger, p, "x.jpg", TestPhotos.sidewaysJpeg(20, 10), null, "id").status()).isEqualTo(403);
		assertThat(upload(stranger, p, "x.jpg", "bukan foto".getBytes(StandardCharsets.UTF_8), null, "id").status())
			.as("refused for who they are before the file is read (decoding costs the server a core)")
			.isEqualTo(403);
		assertThat(get(stranger, "/practices/" + p + "/photos/" + photoId + "/original.jpg").status()).isEqualTo(404);
		assertThat(get(author, "/practices/" + (p + 100_000) + "/photos/" + photoId + "/small.jpg").status())
			.as("a photo only under its own practice")
			.isEqualTo(404);

		long before = storedFiles();
		assertThat(delete(author, "/api/v1/practices/" + p + "/photos/" + photoId).status()).isEqualTo(204);
		assertThat(storedFiles()).as("both files removed").isEqualTo(before - 2);
		assertThat(get(author, small).status()).isEqualTo(404);
		assertThat(guru.get("/api/v1/practices/" + p).json().get("photos")).isEmpty();
		assertThat(delete(author, "/api/v1/practices/" + p + "/photos/" + photoId).status()).isEqualTo(404);
	}

	@Test
	void otherFilesAndOversizedPhotosAreRefusedAndNothingIsStored() throws IOException {
		Api guru = api().as("guru@demo.kombel.id");
		String author = token("guru@demo.kombel.id");
		long p = KnowledgeApiTest.create(guru, "/api/v1/practices",
				KnowledgeApiTest.practice("Foto ditolak " + KnowledgeApiTest.word(), "x", "PUBLIC", null));
		long before = storedFiles();

		Reply text = upload(author, p, "foto.jpg", "ini hanya teks, bukan foto".getBytes(StandardCharsets.UTF_8), null,
				"id");
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.contentType()).contains("application/problem+json");
		assertThat(text.text()).contains("bukan foto JPEG, PNG, atau WebP");
		Reply english = upload(author, p, "photo.jpg", "just text".getBytes(StandardCharsets.UTF_8), null, "en");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.text()).contains("not a JPEG, PNG or WebP photo");

		byte[] big = new byte[11 * 1024 * 1024];
		byte[] head = TestPhotos.sidewaysJpeg(40, 20);
		System.arraycopy(head, 0, big, 0, head.length);
		Reply tooBig = upload(author, p, "besar.jpg", big, null, "id");
		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.text()).contains("terlalu besar").contains("10.0 MB");
		Reply noFile = upload(author, p, "", new byte[0], null, "id");
		assertThat(noFile.status()).isEqualTo(400);
		Reply longCaption = upload(author, p, "a.jpg", TestPhotos.sidewaysJpeg(40, 20), "x".repeat(201), "id");
		assertThat(longCaption.status()).isEqualTo(400);

		assertThat(storedFiles()).as("no file kept of a refused upload").isEqualTo(before);
		assertThat(guru.get("/api/v1/practices/" + p).json().get("photos")).isEmpty();
	}

	@Test
	void aPublicPracticeHoldsAtMostSixPhotosWhichSharedCachesMayKeep() throws IOException {
		Api guru = api().as("guru@demo.kombel.id");
		String author = token("guru@demo.kombel.id");
		long p = KnowledgeApiTest.create(guru, "/api/v1/practices",
				KnowledgeApiTest.practice("Enam foto " + KnowledgeApiTest.word(), "x", "PUBLIC", null));
		byte[] jpeg = TestPhotos.sidewaysJpeg(80, 40);
		for (int i = 1; i <= PracticePhotos.MAX_PHOTOS; i++) {
			assertThat(upload(author, p, "foto" + i + ".jpg", jpeg, null, "id").status()).isEqualTo(201);
		}
		long before = storedFiles();
		Reply seventh = upload(author, p, "foto7.jpg", jpeg, null, "id");
		assertThat(seventh.status()).isEqualTo(400);
		assertThat(seventh.text()).contains("paling banyak 6 foto");
		assertThat(storedFiles()).isEqualTo(before);
		JsonNode photos = guru.get("/api/v1/practices/" + p).json().get("photos");
		assertThat(photos).hasSize(6);
		assertThat(photos.get(0).get("id").asLong()).as("upload order").isLessThan(photos.get(5).get("id").asLong());

		Reply image = get(token("dinas.dairi@demo.kombel.id"), photos.get(0).get("smallUrl").asString());
		assertThat(image.status()).isEqualTo(200);
		assertThat(image.cacheControl()).contains("public").contains("immutable");
		assertThat(get(token("anggota@demo.kombel.id"), "/practices/" + p).text()).as("alt text without a caption")
			.contains("alt=\"Foto bukti 1: Enam foto");
	}

}
