package id.kombel.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A programme event's certificate is what an office prints and signs: the organiser's
 * letterhead, place and date of issue, the signatory's position, name and NIP under room
 * to sign. Programme staff set them (nobody else), bad input is refused and saves
 * nothing, and the public page names the organiser and where and when it was issued,
 * never the signatory's NIP.
 */
class EventCertificateSigningTest extends IntegrationTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("id"));

	private static final String BALAI_SUMUT = "Balai Besar Guru Penggerak Provinsi Sumatera Utara";

	private static final String SIGNER = "{\"organiser\":\"" + BALAI_SUMUT + "\",\"place\":\"Medan\","
			+ "\"signatoryName\":\"Dr. Hasan Basri Nasution, M.Pd.\",\"signatoryPosition\":\"Kepala Balai\","
			+ "\"signatoryNip\":\"19700101 199501 1 001\"}";

	private record Event(long programme, long id, String number, LocalDate issuedOn) {
	}

	private Api balai() {
		return api().as("balai@demo.kombel.id").inLanguage("id");
	}

	/** A held event in Dairi with one attendee holding a certificate. */
	private Event eventWithCertificate(Api balai, String openingOfficial) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long programme = balai
			.post("/api/v1/programmes",
					"{\"title\":\"Bimtek Sertifikat " + tag
							+ "\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8," + "\"minSessions\":1}")
			.json()
			.get("id")
			.asLong();
		JsonNode events = balai
			.post("/api/v1/programmes/" + programme + "/events:for-each-regency",
					"{\"date\":\"2024-05-27\",\"regencyCodes\":[\"12.11\"]}")
			.json();
		long event = events.get(0).get("id").asLong();
		if (openingOfficial != null) {
			assertThat(balai
				.put("/api/v1/events/" + event,
						"{\"date\":\"2024-05-27\",\"openingOfficial\":\"" + openingOfficial + "\"}")
				.status()).isEqualTo(200);
		}
		balai.upload("/api/v1/programmes/" + programme + "/participants:import", "p.csv",
				("Nama;Kabupaten/Kota\nPeserta Sertifikat " + tag + ";Dairi\n").getBytes(StandardCharsets.UTF_8));
		String ticket = balai.get("/api/v1/events/" + event + "/participants")
			.json()
			.get(0)
			.get("ticketCode")
			.asString();
		balai.post("/api/v1/events/" + event + "/check-ins", "{\"ticket\":\"" + ticket + "\",\"session\":\"PAGI\"}");
		JsonNode issued = balai.post("/api/v1/events/" + event + "/certificates:issue", "").json().get(0);
		LocalDate on = LocalDate.ofInstant(Instant.parse(issued.get("issuedAt").asString()), ZoneId.of("Asia/Jakarta"));
		return new Event(programme, event, issued.get("number").asString(), on);
	}

	private String pdfText(Api balai, Event e) throws Exception {
		HttpResponse<byte[]> pdf = balai.bytes("/api/v1/events/" + e.id() + "/certificates/" + e.number() + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument doc = Loader.loadPDF(pdf.body())) {
			assertThat(doc.getNumberOfPages()).as("one page").isEqualTo(1);
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	@Test
	void staffSetTheSignatoryOnTheProgrammeAndAnEventMaySetItsOwn() throws Exception {
		Api balai = balai();
		Event e = eventWithCertificate(balai, "Bupati Dairi");
		Response set = balai.put("/api/v1/programmes/" + e.programme() + "/certificate-signing", SIGNER);
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		assertThat(set.json().get("set").get("signatoryNip").asString()).as("typed with spaces, kept as digits")
			.isEqualTo("197001011995011001");

		String text = pdfText(balai, e);
		assertThat(text).contains("BALAI BESAR GURU PENGGERAK PROVINSI SUMATERA UTARA")
			.contains("Medan, " + DAY.format(e.issuedOn()))
			.contains("Kepala Balai,")
			.contains("Dr. Hasan Basri Nasution, M.Pd.")
			.contains("NIP 197001011995011001")
			.contains("Periksa keaslian");

		Response own = balai.put("/api/v1/events/" + e.id() + "/certificate-signing",
				"{\"place\":\"Sidikalang\",\"signatoryName\":\"Drs. Jonny Sitorus\","
						+ "\"signatoryPosition\":\"Kepala Dinas Pendidikan Kabupaten Dairi\","
						+ "\"signatoryNip\":\"196805121994031002\"}");
		assertThat(own.status()).as(own.body()).isEqualTo(200);
		assertThat(own.json().get("applied").get("organiser").asString()).as("still the programme's")
			.isEqualTo(BALAI_SUMUT);
		text = pdfText(balai, e);
		assertThat(text).contains("BALAI BESAR GURU PENGGERAK PROVINSI SUMATERA UTARA")
			.contains("Sidikalang, " + DAY.format(e.issuedOn()))
			.contains("Kepala Dinas Pendidikan Kabupaten Dairi,")
			.contains("Drs. Jonny Sitorus")
			.contains("NIP 196805121994031002")
			.doesNotContain("Hasan Basri");

		Response page = api().inLanguage("id").get("/certificates/" + e.number());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(BALAI_SUMUT)
			.contains("Sidikalang, " + DAY.format(e.issuedOn()))
			.as("no personal identifiers of the signatory")
			.doesNotContain("196805121994031002")
			.doesNotContain("Jonny Sitorus");
	}

	@Test
	void withNothingSetTheCertificateNamesTheBalaiAndTheOpeningOfficialSigns() throws Exception {
		Api balai = balai();
		Event opened = eventWithCertificate(balai, "Drs. Eddy Keleng Ate Berutu");
		String text = pdfText(balai, opened);
		assertThat(text).contains("BALAI BESAR GURU PENGGERAK PROVINSI SUMATERA UTARA")
			.contains("Dairi, " + DAY.format(opened.issuedOn()))
			.contains("Drs. Eddy Keleng Ate Berutu")
			.contains("NIP ....");
		Response page = api().inLanguage("id").get("/certificates/" + opened.number());
		assertThat(page.body()).as("the organiser, not the province alone")
			.contains("<dd>" + BALAI_SUMUT + "</dd>")
			.contains("Dairi, " + DAY.format(opened.issuedOn()));

		Event plain = eventWithCertificate(balai, null);
		assertThat(pdfText(balai, plain)).contains("Kepala " + BALAI_SUMUT + ",")
			.contains("(....")
			.contains("NIP ....");
	}

	@Test
	void onlyProgrammeStaffSetTheSignatory() {
		Api balai = balai();
		Event e = eventWithCertificate(balai, null);
		String programme = "/api/v1/programmes/" + e.programme() + "/certificate-signing";
		String event = "/api/v1/events/" + e.id() + "/certificate-signing";
		Api guru = api().as("guru@demo.kombel.id");
		assertThat(guru.put(programme, SIGNER).status()).isEqualTo(403);
		assertThat(guru.put(event, SIGNER).status()).isEqualTo(403);
		assertThat(guru.get(event).status()).isEqualTo(403);
		assertThat(guru.postForm("/events/" + e.id() + "/certificate-signing", "signatoryName=Guru").status())
			.isEqualTo(403);
		// the event's committee checks in, but does not sign for the Balai
		assertThat(balai
			.post("/api/v1/events/" + e.id() + "/committee",
					"{\"name\":\"Anggota Panitia\",\"kind\":\"GURU_PENGGERAK\",\"email\":\"anggota@demo.kombel.id\"}")
			.status()).isEqualTo(201);
		Api anggota = api().as("anggota@demo.kombel.id");
		assertThat(anggota.get("/api/v1/events/" + e.id() + "/participants").status()).isEqualTo(200);
		assertThat(anggota.put(event, SIGNER).status()).isEqualTo(403);
		assertThat(api().put(event, SIGNER).status()).isEqualTo(401);
		assertThat(balai.put("/api/v1/events/99999999/certificate-signing", SIGNER).status()).isEqualTo(404);
		assertThat(balai.put("/api/v1/programmes/99999999/certificate-signing", SIGNER).status()).isEqualTo(404);
		JsonNode after = balai.get(event).json();
		assertThat(after.get("set").get("signatoryName").isNull()).as("nothing saved").isTrue();
		assertThat(balai.get(programme).json().get("set").get("organiser").isNull()).isTrue();
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndSavesNothing() {
		Api balai = balai();
		Event e = eventWithCertificate(balai, null);
		String path = "/api/v1/events/" + e.id() + "/certificate-signing";
		Response shortNip = balai.put(path, "{\"signatoryName\":\"Drs. Jonny Sitorus\",\"signatoryNip\":\"12345\"}");
		assertThat(shortNip.status()).isEqualTo(400);
		assertThat(shortNip.contentType()).startsWith("application/problem+json");
		assertThat(shortNip.json().get("errors").findValuesAsString("field")).containsExactly("signatoryNip");
		assertThat(shortNip.body()).contains("NIP harus 18 angka");
		Response english = balai.inLanguage("en")
			.put(path, "{\"signatoryName\":\"Drs. Jonny Sitorus\",\"signatoryNip\":\"1970010119950110AB\"}");
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.json().get("errors").findValuesAsString("field")).containsExactly("signatoryNip");
		assertThat(english.body()).contains("18 digits");
		Response badDate = balai.put(path, "{\"signatoryName\":\"X\",\"signatoryNip\":\"197013011995011001\"}");
		assertThat(badDate.status()).as("a birth month 13").isEqualTo(400);
		Response tooLong = balai.put(path, "{\"organiser\":\"" + "B".repeat(201) + "\"}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("errors").findValuesAsString("field")).containsExactly("organiser");
		Response placeTooLong = balai.put(path, "{\"place\":\"" + "M".repeat(101) + "\"}");
		assertThat(placeTooLong.json().get("errors").findValuesAsString("field")).containsExactly("place");
		Response nameless = balai.put(path, "{\"signatoryPosition\":\"Kepala Balai\"}");
		assertThat(nameless.status()).isEqualTo(400);
		assertThat(nameless.json().get("errors").findValuesAsString("field")).containsExactly("signatoryName");
		assertThat(nameless.body()).contains("nama penanda tangan");
		JsonNode set = balai.get(path).json().get("set");
		assertThat(set.get("signatoryNip").isNull() && set.get("signatoryName").isNull()
				&& set.get("organiser").isNull() && set.get("signatoryPosition").isNull())
			.as("nothing saved")
			.isTrue();

		Response page = balai.postForm("/events/" + e.id() + "/certificate-signing", "signatoryName="
				+ URLEncoder.encode("Drs. Jonny Sitorus", StandardCharsets.UTF_8) + "&signatoryNip=123");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("NIP penanda tangan").contains("NIP harus 18 angka");
		Response saved = balai.postForm("/events/" + e.id() + "/certificate-signing",
				"signatoryName=" + URLEncoder.encode("Drs. Jonny Sitorus", StandardCharsets.UTF_8)
						+ "&signatoryPosition=Kepala+Dinas&signatoryNip=196805121994031002&place=Sidikalang");
		assertThat(saved.status()).isEqualTo(302);
		assertThat(balai.get("/events/" + e.id()).body()).contains("Drs. Jonny Sitorus").contains("Sidikalang");
	}

}
