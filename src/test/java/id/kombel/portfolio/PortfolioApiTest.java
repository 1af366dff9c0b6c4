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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
class PortfolioApiTest extends PortfolioTestSupport {

	@Autowired
	JdbcClient jdbc;

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
		Api kepsek = api().as("kepsek@demo.kombel.id");
		Api pengawas = api().as("pengawas@demo.kombel.id");
		assertThat(pengawas.get("/api/v1/people/" + anggotaEducator + "/portfolio" + ALL).status())
			.as("the supervisor of the school")
			.isEqualTo(200);
		long elsewhere = jdbc.sql("""
				select e.id from educator e where e.school_id <> (select school_id from educator where id = :e)
				order by e.id limit 1""").param("e", anggotaEducator).query(Long.class).single();
		assertThat(kepsek.get("/api/v1/people/" + elsewhere + "/portfolio").status()).as("another school's teacher")
			.isEqualTo(403);
		assertThat(kepsek.get("/api/v1/people/99999999/portfolio").status()).isEqualTo(404);
		// the page: read-only (no upload, no file), and refused as the API refuses
		Api.Response page = kepsek.get("/people/" + anggotaEducator + "/portfolio" + ALL);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).containsAnyOf("Hanya baca", "Read-only")
			.doesNotContain("id=\"evidence-form\"")
			.doesNotContain("id=\"pdf-form\"")
			.doesNotContain("/portfolio/evidence");
		assertThat(guru.get("/people/" + anggotaEducator + "/portfolio").status()).isEqualTo(403);
		assertThat(kepsek.get("/people/" + elsewhere + "/portfolio").status()).isEqualTo(403);
		assertThat(api().as("balai@demo.kombel.id").get("/people/" + anggotaEducator + "/portfolio").status())
			.isEqualTo(403);
	}

}
