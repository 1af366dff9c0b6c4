package id.kombel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The inquiry-cycle compliance report as the contract states it: JSON, XLSX
 * opened with a spreadsheet reader, PDF opened with a PDF parser, scope, bad input.
 */
class ComplianceApiTest extends IntegrationTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

	static final String PERIOD = "&from=" + TODAY.minusDays(7) + "&to=" + TODAY.plusDays(7);

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	String name;

	long community;

	long school;

	/**
	 * A community of the demo SD in Dairi that ran a cycle up to evaluation, with
	 * evidence.
	 */
	@BeforeEach
	void aCycleWithResults() {
		Api guru = api().as("guru@demo.kombel.id");
		name = "Kombel Kepatuhan " + UUID.randomUUID().toString().substring(0, 8);
		Response created = guru.post("/api/v1/communities",
				"{\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		community = created.json().get("id").asLong();
		school = created.json().get("homeSchoolId").asLong();
		long goal = guru
			.post("/api/v1/communities/" + community + "/goals",
					"""
							{"purpose":"INTEGRATE","indicator":"A.1 Literasi","unit":"%% murid","baseline":40,"target":60,"dueDate":"%s"}"""
						.formatted(TODAY.plusDays(90)))
			.json()
			.get("id")
			.asLong();
		long cycle = guru.post("/api/v1/communities/" + community + "/cycles", "{\"goalId\":" + goal + "}")
			.json()
			.get("id")
			.asLong();
		String path = "/api/v1/communities/" + community + "/cycles/" + cycle;
		assertThat(guru.put(path, "{\"phase\":\"PLANNING\",\"planningNotes\":\"Rencana\"}").status()).isEqualTo(200);
		assertThat(guru.put(path, "{\"phase\":\"IMPLEMENTATION\"}").status()).isEqualTo(200);
		assertThat(guru.put(path, "{\"phase\":\"EVALUATION\",\"resultBefore\":45,\"resultAfter\":52.5}").status())
			.isEqualTo(200);
		Response evidence = guru.upload(path + "/evidence", "hasil-asesmen.pdf",
				"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(evidence.status()).as(evidence.body()).isEqualTo(200);
	}

	JsonNode row(JsonNode report) {
		for (JsonNode r : report.get("rows")) {
			if (r.get("communityId").asLong() == community) {
				return r;
			}
		}
		return null;
	}

	@Test
	void anOfficeSeesWhichPhasesWereDoneAndWhenWithResultsEvidenceAndGoal() {
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		Response r = dinas.get("/api/v1/monitoring/compliance?region=12.11" + PERIOD);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode report = r.json();
		assertThat(report.get("region").get("name").asString()).isEqualTo("Kabupaten Dairi");
		assertThat(report.get("from").asString()).isEqualTo(TODAY.minusDays(7).toString());
		JsonNode row = row(report);
		assertThat(row).as("the community is listed").isNotNull();
		assertThat(row.get("cycleNumber").asInt()).isEqualTo(1);
		assertThat(row.get("currentPhase").asString()).isEqualTo("EVALUATION");
		List<JsonNode> phases = List.copyOf(row.get("phases").valueStream().toList());
		assertThat(phases).extracting(p -> p.get("phase").asString())
			.containsExactly("REFLECTION", "PLANNING", "IMPLEMENTATION", "EVALUATION");
		assertThat(phases).extracting(p -> p.get("done").asBoolean()).containsExactly(true, true, true, false);
		assertThat(phases.get(0).get("doneOn").asString()).isEqualTo(TODAY.toString());
		assertThat(phases.get(3).get("startedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(row.get("resultBefore").decimalValue()).isEqualByComparingTo("45");
		assertThat(row.get("resultAfter").decimalValue()).isEqualByComparingTo("52.5");
		assertThat(row.get("change").decimalValue()).isEqualByComparingTo("7.5");
		assertThat(row.get("goal").get("indicator").asString()).isEqualTo("A.1 Literasi");
		assertThat(row.get("goal").get("purpose").asString()).isEqualTo("INTEGRATE");
		assertThat(row.get("evidence").get("fileName").asString()).isEqualTo("hasil-asesmen.pdf");
		HttpResponse<byte[]> file = dinas.bytes(row.get("evidence").get("url").asString());
		assertThat(file.statusCode()).as("the office may download the evidence").isEqualTo(200);
		assertThat(new String(file.body(), StandardCharsets.US_ASCII)).startsWith("%PDF");
		assertThat(api().as("anggota@demo.kombel.id").bytes(row.get("evidence").get("url").asString()).statusCode())
			.as("a teacher who is no member may not")
			.isEqualTo(403);
		assertThat(report.get("totals").get("withResults").asInt()).isPositive();
	}

	@Test
	void aPastPeriodShowsTheCycleAsItStoodAtItsEnd() {
		jdbc.sql(
				"update inquiry_cycle set started_on = :s, planning_on = :p, implementation_on = :i, evaluation_on = :e"
						+ " where community_id = :c")
			.param("s", TODAY.minusDays(100))
			.param("p", TODAY.minusDays(90))
			.param("i", TODAY.minusDays(60))
			.param("e", TODAY.minusDays(10))
			.param("c", community)
			.update();
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		JsonNode then = row(dinas
			.get("/api/v1/monitoring/compliance?region=12.11&from=" + TODAY.minusDays(120) + "&to="
					+ TODAY.minusDays(50))
			.json());
		assertThat(then).as("the cycle ran in the period").isNotNull();
		assertThat(then.get("currentPhase").asString()).as("where it stood at the period's end")
			.isEqualTo("IMPLEMENTATION");
		List<JsonNode> phases = List.copyOf(then.get("phases").valueStream().toList());
		assertThat(phases).extracting(p -> p.get("done").asBoolean()).containsExactly(true, true, false, false);
		assertThat(phases.get(1).get("doneOn").asString()).isEqualTo(TODAY.minusDays(60).toString());
		assertThat(phases.get(3).path("startedOn").isString()).as("evaluation came after the period").isFalse();
		assertThat(then.path("resultAfter").isNumber()).as("its results too").isFalse();
		JsonNode now = row(dinas.get("/api/v1/monitoring/compliance?region=12.11" + PERIOD).json());
		assertThat(now.get("currentPhase").asString()).isEqualTo("EVALUATION");
		assertThat(now.get("resultAfter").decimalValue()).isEqualByComparingTo("52.5");
	}

	@Test
	void eachRoleSeesOnlyItsScope() {
		assertThat(row(
				api().as("pengawas@demo.kombel.id").get("/api/v1/monitoring/compliance?region=12.11" + PERIOD).json()))
			.as("the supervisor of the school")
			.isNotNull();
		Response branch = api().as("cabdin4@demo.kombel.id").get("/api/v1/monitoring/compliance?region=12.11" + PERIOD);
		assertThat(branch.status()).isEqualTo(200);
		assertThat(row(branch.json())).as("a branch office sees SMA/SMK/SLB only, not this SD community").isNull();
		Api kepsek = api().as("kepsek@demo.kombel.id");
		Response own = kepsek.get("/api/v1/monitoring/compliance?school=" + school + PERIOD);
		assertThat(own.status()).as(own.body()).isEqualTo(200);
		assertThat(row(own.json())).isNotNull();
		assertThat(own.json().get("school").get("id").asLong()).isEqualTo(school);
		long other = api().as("admin@demo.kombel.id")
			.get("/api/v1/schools?region=12.71&size=1")
			.json()
			.get("content")
			.get(0)
			.get("id")
			.asLong();
		Response elsewhere = kepsek.get("/api/v1/monitoring/compliance?school=" + other + PERIOD);
		assertThat(elsewhere.status()).as("a principal of another school").isEqualTo(403);
		assertThat(elsewhere.contentType()).startsWith("application/problem+json");
		assertThat(kepsek.get("/api/v1/monitoring/compliance.xlsx?school=" + other + PERIOD).status()).isEqualTo(403);
		assertThat(kepsek.get("/api/v1/monitoring/compliance?region=12.71" + PERIOD).status()).isEqualTo(403);
		Api guru = api().as("guru@demo.kombel.id");
		assertThat(guru.get("/api/v1/monitoring/compliance?region=12.11" + PERIOD).status()).as("a teacher")
			.isEqualTo(403);
		assertThat(guru.get("/api/v1/monitoring/compliance.pdf?region=12.11" + PERIOD).status()).isEqualTo(403);
		assertThat(guru.get("/monitoring/compliance?region=12.11" + PERIOD).status()).isEqualTo(403);
		assertThat(api().as("dinas.dairi@demo.kombel.id")
			.get("/api/v1/monitoring/compliance?region=12.71" + PERIOD)
			.status()).as("another regency").isEqualTo(403);
		assertThat(api().get("/api/v1/monitoring/compliance?region=12.11" + PERIOD).status()).isEqualTo(401);
	}

	@Test
	void badInputIsAClear400InTheUsersLanguage() {
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		Response malformed = dinas.get("/api/v1/monitoring/compliance?region=12.11&from=2026-13-01&to=2026-12-31");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.body()).contains("Tanggal \\\"2026-13-01\\\" tidak valid");
		Response reversed = dinas.get("/api/v1/monitoring/compliance?region=12.11&from=2026-12-31&to=2026-07-01");
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.body()).contains("tidak boleh sebelum");
		Response semester = dinas.get("/api/v1/monitoring/compliance.xlsx?region=12.11&semester=2026-3");
		assertThat(semester.status()).isEqualTo(400);
		assertThat(semester.body()).contains("Semester \\\"2026-3\\\" tidak ada");
		assertThat(dinas.inLanguage("en").get("/api/v1/monitoring/compliance.pdf?region=12.11&semester=2026-3").body())
			.contains("There is no semester");
		assertThat(dinas.get("/api/v1/monitoring/compliance?region=12.11&from=2026-07-01").status()).isEqualTo(400);
		assertThat(dinas.get("/api/v1/monitoring/compliance?school=abc").status()).isEqualTo(400);
		Response unknown = dinas.get("/api/v1/monitoring/compliance?region=99.99" + PERIOD);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		Response good = dinas.get("/api/v1/monitoring/compliance?region=12.11&semester=2026-1");
		assertThat(good.status()).isEqualTo(200);
		assertThat(good.json().get("from").asString()).isEqualTo("2026-07-01");
		assertThat(good.json().get("to").asString()).isEqualTo("2026-12-31");
	}

	@Test
	void theSpreadsheetHasIndonesianHeadersDateCellsAndNumbers() throws Exception {
		HttpResponse<byte[]> x = api().as("dinas.dairi@demo.kombel.id")
			.bytes("/api/v1/monitoring/compliance.xlsx?region=12.11" + PERIOD);
		assertThat(x.statusCode()).isEqualTo(200);
		assertThat(x.headers().firstValue("Content-Type").orElse(""))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(x.body()));
				Stream<Row> rows = wb.getFirstSheet().openStream()) {
			List<Row> all = rows.toList();
			Row header = all.stream().filter(r -> "Sekolah".equals(r.getCellText(2))).findFirst().orElseThrow();
			assertThat(header.getCellText(3)).isEqualTo("Komunitas");
			assertThat(header.getCellText(9)).isEqualTo("Refleksi awal selesai");
			assertThat(header.getCellText(14)).isEqualTo("Hasil sebelum");
			Row ours = all.stream().filter(r -> name.equals(r.getCellText(3))).findFirst().orElseThrow();
			Cell reflection = ours.getCell(9);
			assertThat(reflection.getType()).as("a date cell, not text").isEqualTo(CellType.NUMBER);
			assertThat(reflection.asDate().toLocalDate()).isEqualTo(TODAY);
			assertThat(ours.getCell(8).asDate().toLocalDate()).as("cycle started").isEqualTo(TODAY);
			assertThat(ours.getCell(14).getType()).isEqualTo(CellType.NUMBER);
			assertThat(ours.getCell(14).asNumber()).isEqualByComparingTo("45");
			assertThat(ours.getCell(15).asNumber()).isEqualByComparingTo("52.5");
			assertThat(ours.getCellText(13)).isEqualTo("Evaluasi");
			assertThat(ours.getCellText(18)).isEqualTo("hasil-asesmen.pdf");
			assertThat(ours.getCellText(1)).as("NPSN as text").matches("[A-Z0-9]{8}");
		}
	}

	@Test
	void thePdfIsALetterTheOfficeSignsAndForwards() throws Exception {
		HttpResponse<byte[]> pdf = api().as("dinas.dairi@demo.kombel.id")
			.bytes("/api/v1/monitoring/compliance.pdf?region=12.11" + PERIOD);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		try (PDDocument doc = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
			assertThat(text).contains("DINAS PENDIDIKAN KABUPATEN DAIRI")
				.contains("LAPORAN PELAKSANAAN SIKLUS INKUIRI KOMUNITAS BELAJAR")
				.contains("Periode: " + day.format(TODAY.minusDays(7)) + " – " + day.format(TODAY.plusDays(7)))
				.contains(name)
				.contains("A.1 Literasi")
				.contains("45 % murid")
				.contains("52,5 % murid")
				.contains("hasil-asesmen.pdf")
				.contains("Dairi, " + day.format(TODAY))
				.contains("Kepala Dinas Pendidikan Kabupaten Dairi")
				.contains("NIP.");
		}
	}

	@Test
	void thePageOffersTheDownloadsToPrincipalsAndOffices() {
		Response page = api().as("kepsek@demo.kombel.id").get("/monitoring/compliance?school=" + school + PERIOD);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(name)
			.contains("Pelaksanaan siklus inkuiri")
			.contains("/monitoring/compliance.xlsx?school=" + school)
			.contains("/monitoring/compliance.pdf?school=" + school)
			.contains("52,5");
		int year = TODAY.getMonthValue() >= 7 ? TODAY.getYear() : TODAY.getYear() - 1;
		String now = year + (TODAY.getMonthValue() >= 7 ? "-1" : "-2");
		assertThat(page.body()).as("a semester is one tap: this one and those before")
			.contains("/monitoring/compliance?school=" + school + "&amp;semester=" + now)
			.contains("Semester " + (now.endsWith("-1") ? "Ganjil " : "Genap ") + year + "/" + (year + 1));
		Response semester = api().as("kepsek@demo.kombel.id")
			.get("/monitoring/compliance?school=" + school + "&semester=" + now);
		assertThat(semester.status()).isEqualTo(200);
		assertThat(semester.body()).contains(name).contains("aria-current=\"page\"");
		HttpResponse<byte[]> pdf = api().as("kepsek@demo.kombel.id")
			.bytes("/monitoring/compliance.pdf?school=" + school + PERIOD);
		assertThat(pdf.statusCode()).isEqualTo(200);
	}

}
