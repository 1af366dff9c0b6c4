package id.kombel.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portfolio from outside: the record as JSON, evidence uploads (and refusals that
 * keep nothing), the merged PDF read back by PDFBox, its verification page after a
 * revocation, and who may read whose portfolio.
 */
class PortfolioApiTest extends IntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final long TEN_MB = 10L * 1024 * 1024;

	static final String ALL = "?from=2021-01-01&to=2030-12-31";

	record Reply(int status, String contentType, java.net.http.HttpHeaders headers, byte[] body) {

		JsonNode json() {
			return JSON.readTree(new String(body, StandardCharsets.UTF_8));
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

	Reply send(String token, HttpRequest.Builder b) {
		try {
			if (token != null) {
				b.header("Authorization", "Bearer " + token);
			}
			HttpResponse<byte[]> r = HttpClient.newHttpClient()
				.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.headers(), r.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Reply get(String token, String path) {
		return send(token, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
	}

	Reply upload(String token, String metadata, String fileName, byte[] content) {
		String boundary = "kombel-" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (metadata != null) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
					+ "Content-Type: application/json\r\n\r\n" + metadata + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		if (content != null) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.writeBytes(content);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(token,
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/portfolio/evidence"))
					.header("Accept-Language", "id")
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	static String meta(String title, String date, int hours) {
		return "{\"title\":\"" + title + "\",\"organiser\":\"PGRI Dairi\",\"date\":\"" + date + "\",\"hours\":" + hours
				+ "}";
	}

	static String today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
	}

	static byte[] png(int w, int h) throws IOException {
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				image.setRGB(x, y, (x * 7 + y * 3) & 0xFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A photo as a camera makes it at its worst for compression: noise, 5–9 MB. */
	static byte[] noisyJpeg(long seed) throws IOException {
		Random random = new Random(seed);
		int w = 2600;
		int h = 1950;
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		return id.kombel.portfolio.evidence.EvidenceImages.jpeg(image, 0.95f);
	}

	static byte[] pdfWith(byte[] jpeg) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document d = new Document(PageSize.A4);
		PdfWriter.getInstance(d, out);
		d.open();
		Image image = Image.getInstance(jpeg);
		image.scaleToFit(500, 700);
		d.add(image);
		d.close();
		return out.toByteArray();
	}

	static int pages(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return doc.getNumberOfPages();
		}
	}

	static String firstPageText(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper text = new PDFTextStripper();
			text.setStartPage(1);
			text.setEndPage(1);
			return text.getText(doc);
		}
	}

	@Test
	void theRecordIsBuiltFromWhatHappenedInKombel() {
		String guru = token("guru@demo.kombel.id");
		Reply r = get(guru, "/api/v1/portfolio" + ALL);
		assertThat(r.status()).as(r.text()).isEqualTo(200);
		JsonNode record = r.json();
		for (String field : new String[] { "certificates", "activities", "tasks", "practices", "answers", "materials",
				"programmeEvents", "evidence", "totals" }) {
			assertThat(record.has(field)).as(field).isTrue();
		}
		JsonNode kb = record.get("certificates").get(0);
		assertThat(kb.get("number").asString()).startsWith("KB-");
		assertThat(kb.get("url").asString()).endsWith("/certificates/" + kb.get("number").asString());
		assertThat(kb.has("title") && kb.has("issuedOn") && kb.has("hours")).isTrue();
		assertThat(kb.get("hours").asInt()).as("a 90-minute activity is 2 JP").isEqualTo(2);
		assertThat(record.get("activities")).isNotEmpty();
		assertThat(record.get("totals").get("sessionsHeld").asInt()).as("guru facilitates a held discussion")
			.isGreaterThanOrEqualTo(1);
		assertThat(record.get("rules").get(0).get("target").asInt()).isEqualTo(3);
		assertThat(record.get("programmeEvents").toString()).contains("SPEAKER");
		assertThat(get(token("anggota@demo.kombel.id"), "/api/v1/portfolio" + ALL).json().get("tasks").toString())
			.contains("NOTE_TAKER");
		assertThat(get(null, "/api/v1/portfolio").status()).isEqualTo(401);
	}

	@Test
	void badUploadsAreRefusedClearlyAndNothingIsKept() throws IOException {
		String guru = token("guru@demo.kombel.id");
		int before = get(guru, "/api/v1/portfolio" + ALL).json().get("evidence").size();
		Reply text = upload(guru, meta("Seminar", today(), 4), "sertifikat.pdf",
				"bukan pdf, hanya teks".getBytes(StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.contentType()).startsWith("application/problem+json");
		assertThat(text.text()).contains("bukan PDF, JPEG atau PNG");
		Reply broken = upload(guru, meta("Seminar", today(), 4), "rusak.pdf",
				"%PDF-1.7\nrusak".getBytes(StandardCharsets.UTF_8));
		assertThat(broken.status()).isEqualTo(400);
		Reply future = upload(guru, meta("Seminar", LocalDate.now().plusDays(30).toString(), 4), "a.png", png(40, 40));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.text()).contains("masa depan");
		Reply noMeta = upload(guru, null, "a.png", png(40, 40));
		assertThat(noMeta.status()).isEqualTo(400);
		Reply noTitle = upload(guru, meta(" ", today(), 4), "a.png", png(40, 40));
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.json().get("errors").toString()).contains("title");
		Reply tooBig = upload(guru, meta("Besar", today(), 4), "a.jpg", new byte[11 * 1024 * 1024]);
		assertThat(tooBig.status()).isBetween(400, 413);
		assertThat(get(guru, "/api/v1/portfolio" + ALL).json().get("evidence").size()).as("nothing kept")
			.isEqualTo(before);

		Reply ok = upload(guru, meta("Seminar Literasi", today(), 4), "a.png", png(400, 300));
		assertThat(ok.status()).as(ok.text()).isEqualTo(201);
		assertThat(ok.json().get("selfDeclared").asBoolean()).isTrue();
		assertThat(get(guru, "/api/v1/portfolio" + ALL).json().get("evidence").size()).isEqualTo(before + 1);
	}

	@Test
	void theMergedPdfHasTheCoverEachCertificateAndTheEvidence() throws IOException {
		String guru = token("guru@demo.kombel.id");
		upload(guru, meta("Pelatihan Asesmen", today(), 6), "b.png", png(800, 600));
		JsonNode record = get(guru, "/api/v1/portfolio" + ALL).json();
		Reply pdf = get(guru, "/api/v1/portfolio.pdf" + ALL);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.body().length).isLessThanOrEqualTo((int) TEN_MB);
		assertThat(pages(pdf.body())).isEqualTo(1 + record.get("certificates").size() + record.get("evidence").size());
		String cover = firstPageText(pdf.body());
		assertThat(cover).contains("Rosmawati").contains("PORTOFOLIO").contains("/portfolio/verify/");
		String number = record.get("certificates").get(0).get("number").asString();
		Reply without = get(guru, "/api/v1/portfolio.pdf" + ALL + "&exclude=" + number);
		assertThat(pages(without.body())).as("the user chose to leave one out").isEqualTo(pages(pdf.body()) - 1);
	}

	@Test
	void oversizedEvidenceStillMakesAtMostTenMegabytes() throws IOException {
		String kepsek = token("kepsek@demo.kombel.id");
		for (int i = 0; i < 3; i++) {
			byte[] photo = noisyJpeg(i);
			assertThat(photo.length).isGreaterThan(3 * 1024 * 1024).isLessThan((int) TEN_MB);
			assertThat(upload(kepsek, meta("Foto kegiatan " + i, today(), 2), "foto.jpg", photo).status())
				.isEqualTo(201);
		}
		byte[] scan = pdfWith(noisyJpeg(7));
		Reply big = upload(kepsek, meta("Pindaian sertifikat", today(), 8), "scan.pdf", scan);
		assertThat(big.status()).as(big.text()).isEqualTo(201);
		JsonNode record = get(kepsek, "/api/v1/portfolio" + ALL).json();
		Reply pdf = get(kepsek, "/api/v1/portfolio.pdf" + ALL);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body().length).isLessThanOrEqualTo((int) TEN_MB);
		String leftOut = pdf.headers().firstValue("X-Portfolio-Left-Out").orElse("");
		int left = leftOut.isEmpty() ? 0 : leftOut.split(",").length;
		assertThat(pages(pdf.body()))
			.isEqualTo(1 + record.get("certificates").size() + record.get("evidence").size() - left);
		if (left > 0) {
			assertThat(firstPageText(pdf.body())).contains("Tidak dimuat");
		}
	}

	@Test
	void theVerificationPageShowsARevokedCertificateAsRevoked() throws IOException {
		Api balai = api().as("balai@demo.kombel.id");
		long programme = 0;
		// the demo programme (its committee holds the member), not one another test made
		for (JsonNode p : balai.get("/api/v1/programmes").json()) {
			if (p.get("title").asString().startsWith("Bimtek Penguatan Komunitas Belajar")) {
				programme = p.get("id").asLong();
			}
		}
		long dairi = -1;
		for (JsonNode e : balai.get("/api/v1/programmes/" + programme + "/events").json()) {
			if (e.get("regencyCode").asString().equals("12.11")) {
				dairi = e.get("id").asLong();
			}
		}
		Api.Response issued = balai.post("/api/v1/events/" + dairi + "/certificates:issue", "");
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		String anggota = token("anggota@demo.kombel.id");
		JsonNode record = get(anggota, "/api/v1/portfolio" + ALL).json();
		String bt = null;
		for (JsonNode c : record.get("certificates")) {
			if (c.get("number").asString().startsWith("BT-")) {
				bt = c.get("number").asString();
			}
		}
		assertThat(bt).as("the committee member's certificate is in the record").isNotNull();
		Reply pdf = get(anggota, "/api/v1/portfolio.pdf" + ALL);
		Matcher m = Pattern.compile("/portfolio/verify/([a-z0-9]+)").matcher(firstPageText(pdf.body()));
		assertThat(m.find()).isTrue();
		String page = "/portfolio/verify/" + m.group(1);
		Reply valid = send(null,
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
					.header("Accept-Language", "id")
					.GET());
		assertThat(valid.status()).isEqualTo(200);
		assertThat(valid.text()).contains(bt).contains("berlaku").doesNotContain("Hotma");

		assertThat(balai.post("/api/v1/events/" + dairi + "/certificates/" + bt + ":revoke", "").status())
			.isEqualTo(200);
		Reply revoked = send(null,
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
					.header("Accept-Language", "id")
					.GET());
		assertThat(revoked.text()).contains(bt).contains("DICABUT");
		assertThat(get(anggota, "/api/v1/portfolio.pdf" + ALL).status()).isEqualTo(200);
		assertThat(get(null, "/portfolio/verify/tidakada").status()).isEqualTo(404);
	}

	@Test
	void onlyThePrincipalOrSupervisorInScopeReadsAnotherEducatorsPortfolio() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long guruEducator = guru.get("/api/v1/tokens/current").json().get("scope").get("educatorId").asLong();
		long anggotaEducator = anggota.get("/api/v1/tokens/current").json().get("scope").get("educatorId").asLong();
		assertThat(guru.get("/api/v1/people/" + guruEducator + "/portfolio").status()).as("one's own").isEqualTo(200);
		assertThat(guru.get("/api/v1/people/" + anggotaEducator + "/portfolio").status()).as("another teacher")
			.isIn(403, 404);
		assertThat(guru.get("/api/v1/people/99999999/portfolio").status()).isIn(403, 404);
		Api.Response principal = api().as("kepsek@demo.kombel.id")
			.get("/api/v1/people/" + anggotaEducator + "/portfolio" + ALL);
		assertThat(principal.status()).as(principal.body()).isEqualTo(200);
		assertThat(principal.json().get("tasks").toString()).contains("NOTE_TAKER");
		assertThat(api().as("balai@demo.kombel.id").get("/api/v1/people/" + anggotaEducator + "/portfolio").status())
			.as("an office is not the performance conversation")
			.isIn(403, 404);
		assertThat(api().as("admin@demo.kombel.id").get("/api/v1/people/" + anggotaEducator + "/portfolio").status())
			.isEqualTo(403);
	}

}
