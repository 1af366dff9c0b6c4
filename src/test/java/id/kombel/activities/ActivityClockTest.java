package id.kombel.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;

/**
 * A community in Makassar runs on WITA: what its facilitator types, what its pages,
 * calendar, WhatsApp text and certificates say. Certificates name the part the holder
 * played.
 */
class ActivityClockTest extends IntegrationTest {

	private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	/**
	 * Kota Makassar: a community there runs on WITA while the Dairi teacher facilitates
	 * it.
	 */
	private static final String MAKASSAR = "73.71";

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static String pdfText(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		try {
			return new PdfTextExtractor(reader).getTextFromPage(1);
		}
		finally {
			reader.close();
		}
	}

	@Test
	void aCommunityInMakassarSchedulesAndReadsItsActivitiesInWita() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long community = communityLedBy(guru, "Kombel Makassar ", MAKASSAR);
		assertThat(anggota.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);

		// typed as on the page: 13:00 with no zone, in Makassar
		LocalDateTime start = LocalDateTime.now(WITA).plusDays(3).withHour(13).truncatedTo(ChronoUnit.HOURS);
		var page = guru.postForm("/communities/" + community + "/activities",
				"title=Diskusi+Makassar&role=DISCUSSION&mode=OFFLINE&venue=SD+Inpres&startsAt=" + LOCAL.format(start)
						+ "&endsAt=" + LOCAL.format(start.plusHours(2)));
		assertThat(page.status()).as(page.body()).isEqualTo(302);
		long id = Long.parseLong(page.header("Location").replaceAll(".*/activities/(\\d+).*", "$1"));
		Instant startsAt = Instant.parse(guru.get("/api/v1/activities/" + id).json().get("startsAt").asString());
		assertThat(startsAt).isEqualTo(start.atZone(WITA).toInstant());

		String detail = guru.get("/activities/" + id).body();
		assertThat(detail).contains("13.00").contains("15.00").contains("WITA");
		String whatsapp = URLDecoder.decode(
				detail.replaceAll("(?s).*href=\"(https://wa\\.me/[^\"]+)\".*", "$1").replace("&amp;", "&"),
				StandardCharsets.UTF_8);
		assertThat(whatsapp).contains("13.00 WITA").doesNotContain("WIB");
		assertThat(guru.get("/communities/" + community + "/activities").body()).contains("13.00", "WITA");
		assertThat(guru.get("/activities/" + id + ".ics").body().replace("\r\n ", "")).contains("DTSTART:"
				+ DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC")).format(startsAt));
	}

	@Test
	void aFacilitatorsCertificateSaysFacilitatorAndTheCommunitysClock() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long community = communityLedBy(guru, "Kombel Sertifikat ", MAKASSAR);
		anggota.post("/api/v1/communities/" + community + "/join", "");
		LocalDateTime start = LocalDateTime.now(WITA).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
		long id = guru.post("/api/v1/communities/" + community + "/activities",
				"{\"title\":\"Berbagi praktik\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"Ruang guru\","
						+ "\"startsAt\":\"" + LOCAL.format(start) + "\",\"endsAt\":\""
						+ LOCAL.format(start.plusHours(2)) + "\"}")
			.json()
			.get("id")
			.asLong();
		long guruId = guru.get("/api/v1/tokens/current").json().get("accountId").asLong();
		long anggotaId = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();
		for (long who : new long[] { guruId, anggotaId }) {
			assertThat(guru.put("/api/v1/activities/" + id + "/attendance/" + who, "{\"status\":\"PRESENT\"}").status())
				.isEqualTo(200);
		}
		String hours = "/api/v1/communities/" + community + "/certificate-hours";
		assertThat(guru.put(hours, "{\"hours\":0}").status()).isEqualTo(400);
		assertThat(anggota.put(hours, "{\"hours\":2}").status()).isEqualTo(403);
		assertThat(guru.put(hours, "{\"hours\":2}").status()).isEqualTo(200);
		assertThat(guru.post("/api/v1/activities/" + id + "/close", "").status()).isEqualTo(200);
		// set after the close: what was certified stays as issued
		assertThat(guru.put(hours, "{\"hours\":5}").status()).isEqualTo(200);

		String facilitator = pdfText(guru.bytes("/activities/" + id + "/certificate.pdf").body());
		assertThat(facilitator).contains("sebagai penggerak komunitas").doesNotContain("sebagai peserta");
		String hour = DateTimeFormatter.ofPattern("HH.mm").format(start);
		assertThat(facilitator).contains(hour).contains("WITA").doesNotContain("WIB");
		assertThat(facilitator).contains("2 JP").doesNotContain("5 JP");
		String member = pdfText(anggota.bytes("/activities/" + id + "/certificate.pdf").body());
		assertThat(member).contains("sebagai peserta").contains("2 JP");
	}

}
