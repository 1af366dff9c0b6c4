package id.kombel.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Rosters as committees really save them: Excel on Windows (windows-1252), regencies by
 * their everyday names, a JUMLAH line at the bottom, the same file imported twice, a
 * NUPTK copied onto the wrong person; and the rejected rows back in a form a spreadsheet
 * opens without breaking identifiers.
 */
class RosterImportTest extends IntegrationTest {

	private Api balai() {
		return api().as("balai@demo.kombel.id").inLanguage("id");
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> out = new ArrayList<>();
		array.forEach(out::add);
		return out;
	}

	private static long programme(Api balai) {
		Response p = balai.post("/api/v1/programmes", "{\"title\":\"Bimtek Impor " + UUID.randomUUID()
				+ "\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8}");
		assertThat(p.status()).as(p.body()).isEqualTo(201);
		long id = p.json().get("id").asLong();
		balai.post("/api/v1/programmes/" + id + "/events:for-each-regency", "{\"date\":\"2024-05-27\"}");
		return id;
	}

	private List<String> names(Api balai, long programme) {
		List<String> names = new ArrayList<>();
		for (JsonNode e : balai.get("/api/v1/programmes/" + programme + "/events").json()) {
			balai.get("/api/v1/events/" + e.get("id").asLong() + "/participants")
				.json()
				.forEach(x -> names.add(x.get("name").asString()));
		}
		return names;
	}

	@Test
	void anExcelCsvFromWindowsKeepsItsNamesAndEverydayRegencyNamesAreKnown() {
		Api balai = balai();
		long id = programme(balai);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String csv = "Nama;Kabupaten/Kota\nRené " + tag + ";Humbahas\nSyafi’i " + tag + ";Toba Samosir\nAni " + tag
				+ ";Kota Padang Sidempuan\nJUMLAH;3\n";
		Response r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "peserta.csv",
				csv.getBytes(Charset.forName("windows-1252")));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("rejected").size()).as(r.body()).isZero();
		assertThat(r.json().get("created").asInt()).as("JUMLAH is no participant").isEqualTo(3);
		assertThat(names(balai, id)).contains("René " + tag, "Syafi’i " + tag, "Ani " + tag)
			.noneMatch(n -> n.contains("\uFFFD"))
			.noneMatch(n -> n.equalsIgnoreCase("JUMLAH"));
	}

	@Test
	void theSameFileImportedTwiceCreatesNobodyTheSecondTimeEvenWithoutIdentifiers() {
		Api balai = balai();
		long id = programme(balai);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		byte[] csv = ("Nama;Kabupaten/Kota\nTanpa Nomor " + tag + ";Dairi\nTotal peserta: 1;\n")
			.getBytes(StandardCharsets.UTF_8);
		Response first = balai.upload("/api/v1/programmes/" + id + "/participants:import", "p.csv", csv);
		assertThat(first.json().get("created").asInt()).as(first.body()).isEqualTo(1);
		Response again = balai.upload("/api/v1/programmes/" + id + "/participants:import", "p.csv", csv);
		assertThat(again.json().get("created").asInt()).as(again.body()).isZero();
		assertThat(again.json().get("alreadyRegistered").asInt()).isEqualTo(1);
		assertThat(names(balai, id)).filteredOn(n -> n.contains(tag)).hasSize(1);
	}

	@Test
	void aKnownNuptkUnderAnotherNameIsReportedWithItsLineAndTheRejectedRowsComeBackAsXlsxAndInTheUploadsSeparator()
			throws Exception {
		Api balai = balai();
		long id = programme(balai);
		String tag = UUID.randomUUID().toString().substring(0, 6);
		// line 3: the demo teacher's NUPTK under another name; line 4: a row to refuse
		// for its regency
		String csv = "Nama;NUPTK;No HP;Kabupaten/Kota\nBudi " + tag + ";;0812 1111 2222;Dairi\nJoko Salah " + tag
				+ ";1234567890123456;;Dairi\nX " + tag + ";;0812-abc;Kabupaten Atlantis\n";
		Response r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "p.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<JsonNode> rejected = list(r.json().get("rejected"));
		assertThat(rejected).extracting(x -> x.get("line").asInt()).contains(3, 4);
		JsonNode wrong = rejected.stream().filter(x -> x.get("line").asInt() == 3).findFirst().orElseThrow();
		assertThat(wrong.get("reason").asString()).contains("1234567890123456").contains("Rosmawati");
		assertThat(names(balai, id)).noneMatch(n -> n.startsWith("Joko Salah")).contains("Budi " + tag);
		// the same person with her titles left out is no other name
		Response her = balai.upload("/api/v1/programmes/" + id + "/participants:import", "p.csv",
				"Nama;NUPTK;Kabupaten/Kota\nRosmawati Br Ginting;1234 5678 9012 3456;Dairi\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(her.json().get("rejected").size()).as(her.body()).isZero();
		assertThat(her.json().get("linked").asInt()).isEqualTo(1);

		String path = r.json().get("rejectedFile").asString();
		String rejectedCsv = balai.get(path).body();
		assertThat(rejectedCsv.lines().findFirst().orElseThrow()).as("semicolons, as uploaded")
			.contains("Nama;NUPTK;No HP;Kabupaten/Kota;");
		byte[] xlsx = bytes(path.replace(".csv", ".xlsx"));
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				Stream<Row> rows = wb.getFirstSheet().openStream()) {
			List<Row> all = rows.toList();
			assertThat(all.get(0).getCellText(0)).isEqualTo("Nama");
			Row joko = all.stream().filter(x -> x.getCellText(0).startsWith("Joko")).findFirst().orElseThrow();
			assertThat(joko.getCell(1).getType()).as("NUPTK kept as text")
				.isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
			assertThat(joko.getCellText(1)).isEqualTo("1234567890123456");
		}
		assertThat(api().as("guru@demo.kombel.id").get(path.replace(".csv", ".xlsx")).status()).isEqualTo(403);
	}

	@Test
	void theAttendanceListHasEachParticipantsNipAndAColumnToSign() throws Exception {
		Api balai = balai();
		long id = programme(balai);
		Response r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "p.csv",
				"Nama;NIP;Kabupaten/Kota\nRosmawati Br. Ginting, S.Pd.;19850317 200902 2 003;Dairi\n"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(r.json().get("rejected").size()).as(r.body()).isZero();
		long dairi = 0;
		for (JsonNode e : balai.get("/api/v1/programmes/" + id + "/events").json()) {
			if (e.get("regencyCode").asString().equals("12.11")) {
				dairi = e.get("id").asLong();
			}
		}
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader
			.loadPDF(bytes("/api/v1/events/" + dairi + "/report.pdf"))) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
			// the cell wraps "NIP" and the number onto two lines
			assertThat(text).contains("Tanda tangan")
				.contains("NIP")
				.contains("198503172009022003")
				.contains("Rosmawati");
		}
	}

	private byte[] bytes(String path) throws Exception {
		String token = api().post("/api/v1/tokens", "{\"email\":\"balai@demo.kombel.id\",\"password\":\"kombel-demo\"}")
			.json()
			.get("token")
			.asString();
		HttpResponse<byte[]> r = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).isEqualTo(200);
		return r.body();
	}

}
