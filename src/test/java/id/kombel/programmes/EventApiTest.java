package id.kombel.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kombel.accounts.Accounts;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Programme events as the contract states them, checked from outside. */
class EventApiTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	private Api balai() {
		return api().as("balai@demo.kombel.id").inLanguage("id");
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private long programme(Api balai) {
		Response r = balai.post("/api/v1/programmes", "{\"title\":\"Bimtek Komunitas Belajar " + unique()
				+ "\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private JsonNode eventsOf(Api balai, long programme) {
		Response r = balai.post("/api/v1/programmes/" + programme + "/events:for-each-regency",
				"{\"date\":\"2024-05-27\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json();
	}

	private static long eventIn(JsonNode events, String regencyCode) {
		for (JsonNode e : events) {
			if (e.get("regencyCode").asString().equals(regencyCode)) {
				return e.get("id").asLong();
			}
		}
		throw new AssertionError("no event in " + regencyCode);
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> out = new ArrayList<>();
		array.forEach(out::add);
		return out;
	}

	@Test
	void balaiCreatesAProgrammeWithAnEventInEachOfThe33Regencies() {
		Api balai = balai();
		long id = programme(balai);
		JsonNode created = eventsOf(balai, id);
		assertThat(created.size()).isEqualTo(33);
		JsonNode listed = balai.get("/api/v1/programmes/" + id + "/events").json();
		assertThat(listed.size()).isEqualTo(33);
		assertThat(list(listed)).extracting(e -> e.get("regencyCode").asString())
			.contains("12.11", "12.71")
			.allMatch(code -> code.startsWith("12."))
			.doesNotHaveDuplicates();
		assertThat(list(listed)).allMatch(e -> e.get("date").asString().equals("2024-05-27"));

		Response again = balai.post("/api/v1/programmes/" + id + "/events:for-each-regency",
				"{\"date\":\"2024-05-25\"}");
		assertThat(again.status()).isEqualTo(200);
		assertThat(balai.get("/api/v1/programmes/" + id + "/events").json().size()).as("no event twice").isEqualTo(33);

		long dairi = eventIn(listed, "12.11");
		Response updated = balai.put("/api/v1/events/" + dairi,
				"{\"date\":\"2024-05-25\",\"venue\":\"Aula Dinas Pendidikan Dairi\",\"capacity\":150,\"openingOfficial\":\"Kadis Pendidikan Dairi\"}");
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("venue").asString()).isEqualTo("Aula Dinas Pendidikan Dairi");
		assertThat(updated.json().get("date").asString()).isEqualTo("2024-05-25");
	}

	@Test
	void onlyBalaiStaffOfTheProvinceRunAProgramme() {
		Api balai = balai();
		long id = programme(balai);
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		Response refused = guru.post("/api/v1/programmes",
				"{\"title\":\"Bimtek\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8}");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(guru.get("/api/v1/programmes/" + id).status()).isEqualTo(403);
		assertThat(guru.get("/api/v1/programmes/" + id + "/events").status()).isEqualTo(403);
		assertThat(guru.get("/api/v1/programmes").json().size()).isZero();

		Api admin = api().as("admin@demo.kombel.id");
		String email = "balai.aceh." + unique() + "@example.id";
		assertThat(admin.post("/api/v1/accounts", "{\"email\":\"" + email
				+ "\",\"displayName\":\"BGP Aceh\",\"password\":\"rahasia-aceh\",\"grants\":[{\"role\":\"BALAI\",\"regionCode\":\"11\"}]}")
			.status()).isEqualTo(201);
		Api aceh = api().as(email, "rahasia-aceh");
		assertThat(aceh
			.post("/api/v1/programmes",
					"{\"title\":\"Bimtek\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8}")
			.status()).isEqualTo(403);
		assertThat(aceh.get("/api/v1/programmes/" + id).status()).isEqualTo(403);
		assertThat(aceh.post("/api/v1/programmes/" + id + "/events:for-each-regency", "{\"date\":\"2024-05-27\"}")
			.status()).isEqualTo(403);
		assertThat(list(aceh.get("/api/v1/programmes").json())).noneMatch(p -> p.get("id").asLong() == id);
		assertThat(aceh
			.post("/api/v1/programmes",
					"{\"title\":\"Bimtek Aceh\",\"kind\":\"LOKAKARYA\",\"provinceCode\":\"11\",\"hours\":4}")
			.status()).isEqualTo(201);
		assertThat(balai.get("/api/v1/programmes/999999").status()).isEqualTo(404);
		assertThat(api().get("/api/v1/programmes/" + id).status()).isEqualTo(401);
	}

	@Test
	void badProgrammeInputIsAProblemInIndonesianAndSavesNothing() {
		Api balai = balai();
		int before = balai.get("/api/v1/programmes").json().size();
		Response r = balai.post("/api/v1/programmes",
				"{\"title\":\"\",\"kind\":\"SEMINAR\",\"provinceCode\":\"12\",\"hours\":8}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		r = balai.post("/api/v1/programmes", "{\"title\":\"Bimtek\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\"}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("Wajib diisi");
		r = balai.post("/api/v1/programmes",
				"{\"title\":\"Bimtek\",\"kind\":\"BIMTEK\",\"provinceCode\":\"99\",\"hours\":8}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("Provinsi dengan kode 99 tidak dikenal");
		r = balai.post("/api/v1/programmes", """
				{"title":"Bimtek","kind":"BIMTEK","provinceCode":"12","hours":8,
				 "sessions":[{"code":"PAGI","startsAt":"12:00","endsAt":"08:00","topic":"Pembukaan"}]}""");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("Jam selesai sesi");
		long id = programme(balai);
		r = balai.post("/api/v1/programmes/" + id + "/events:for-each-regency", "{\"date\":\"kemarin\"}");
		assertThat(r.status()).isEqualTo(400);
		r = balai.post("/api/v1/programmes/" + id + "/events:for-each-regency",
				"{\"date\":\"2024-05-27\",\"regencyCodes\":[\"12.11\",\"13.01\"]}");
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("13.01");
		assertThat(balai.get("/api/v1/programmes/" + id + "/events").json().size()).as("nothing half-way").isZero();
		assertThat(balai.get("/api/v1/programmes").json().size()).isEqualTo(before + 1);
	}

	/**
	 * A roster as committees send it: BOM, semicolons, a title row, blank lines, every
	 * kind of mess.
	 */
	private static byte[] messyRoster(String tag) {
		String nuptk = "77" + tag.replaceAll("[^0-9]", "1").substring(0, 4) + "0000000001";
		String csv = "\uFEFFDAFTAR PESERTA BIMTEK KOMUNITAS BELAJAR;;;;;;\n" + "\n"
		// line 3
				+ " nama lengkap ;NUPTK;Jenjang;Nama Sekolah;KABUPATEN/KOTA;No. HP;E-mail\n"
				+ "Dra. Sri Wahyuni Lubis, M.Pd.;" + nuptk + ";SD;SD Negeri 1 Sidikalang;Kab. Dairi;0812-6000-"
				+ tag.substring(0, 4).replaceAll("[^0-9]", "5") + ";\n" // 4
				+ "Budi Santoso " + tag + ";" + "1234 5678 "
				+ String.format("%04d", Math.floorMod(tag.hashCode(), 10000))
				+ " 0002;SMP;SMP Negeri 2 Medan;Kota Medan;+62 813 7000 0002;budi." + tag + "@example.id\n" // 5
				+ "Rina Siregar " + tag + ";;SMA;SMA Negeri 1 Binjai;Medan;6281370000003;\n" // 6
				+ ";;;;;;\n" // 7: blank
				// 8: digits lost
				+ "Ahmad Hasibuan " + tag + ";1.23457E+15;SD;SD Negeri 3;Dairi;;\n" + "Dra. Sri Wahyuni Lubis, M.Pd.;"
				+ nuptk.substring(0, 4) + "." + nuptk.substring(4, 8) + "."
				// 9: duplicate, NUPTK with dots
				+ nuptk.substring(8, 12) + "." + nuptk.substring(12) + ";SD;SD Negeri 1 Sidikalang;KABUPATEN DAIRI;;\n"
				// 10: unknown regency
				+ "Tono " + tag + ";;SMK;SMK Negeri 1;Kabupaten Atlantis;;\n"
				// 11: known person (demo guru)
				+ "Rosmawati Br. Ginting, S.Pd.;1234567890123456;SD;;12.11;;\n"
				// 12: merged cell: regency from above
				+ "Lisa " + tag + ";;TK;TK Mawar;;0813 1111 " + tag.substring(0, 4).replaceAll("[^0-9]", "7") + ";\n"
				+ ";;;;KOTA MEDAN;;\n" // 13: section row
				// 14: carried Kota Medan
				+ "Yohana " + tag + ";;PAUD;PAUD Melati;;;yohana." + tag + "@example.id\n" + "Joko " + tag
				+ ";12345;SD;;Dairi;;\n"; // 15: short NUPTK
		return csv.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aMessyCsvRosterIsImportedRowByRowWithReasons() {
		Api balai = balai();
		long id = programme(balai);
		JsonNode events = eventsOf(balai, id);
		String tag = unique();
		Response r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "peserta.csv", messyRoster(tag));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		JsonNode report = r.json();
		assertThat(report.get("created").asInt() + report.get("linked").asInt()).isEqualTo(6);
		assertThat(report.get("linked").asInt()).as("the demo teacher is known by NUPTK").isGreaterThanOrEqualTo(1);
		assertThat(report.get("duplicates").asInt()).isEqualTo(1);
		assertThat(list(report.get("rejected"))).extracting(x -> x.get("line").asInt()).containsExactly(8, 10, 15);
		JsonNode rejected = report.get("rejected");
		assertThat(rejected.get(0).get("reason").asString()).contains("notasi ilmiah").contains("1.23457E+15");
		assertThat(rejected.get(1).get("reason").asString()).contains("Kabupaten Atlantis");
		assertThat(rejected.get(2).get("reason").asString()).contains("NUPTK");

		Response eventPage = balai.get("/events/" + eventIn(events, "12.11"));
		assertThat(eventPage.status()).as("the event page lists participants with WhatsApp links").isEqualTo(200);
		assertThat(eventPage.body()).contains("https://wa.me/62812").contains("Dra. Sri Wahyuni Lubis, M.Pd.");
		assertThat(balai.get("/programmes/" + id).status()).isEqualTo(200);
		assertThat(balai.get("/programmes/" + id + "/report").status()).isEqualTo(200);
		assertThat(balai.get("/events/" + eventIn(events, "12.11") + "/check-in").status()).isEqualTo(200);
		Response template = balai.get("/programmes/roster-template.csv");
		assertThat(template.status()).isEqualTo(200);
		Response fromTemplate = balai.upload("/api/v1/programmes/" + id + "/participants:import", "contoh.csv",
				(template.body() + "1;Peserta Templat " + tag + ";;;SD;;;Kab. Dairi;0812 5555 0001;;\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(fromTemplate.status()).as(fromTemplate.body()).isEqualTo(200);
		assertThat(fromTemplate.json().get("rejected").size()).as("the template's columns are all recognised").isZero();
		assertThat(fromTemplate.json().get("created").asInt() + fromTemplate.json().get("linked").asInt()).isEqualTo(1);

		Response file = balai.get(report.get("rejectedFile").asString());
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).contains("Ahmad Hasibuan " + tag).contains("Tono " + tag).doesNotContain("Budi");

		long dairi = eventIn(events, "12.11");
		long medan = eventIn(events, "12.71");
		List<JsonNode> inDairi = list(balai.get("/api/v1/events/" + dairi + "/participants").json());
		assertThat(inDairi).extracting(p -> p.get("name").asString())
			.contains("Dra. Sri Wahyuni Lubis, M.Pd.", "Rosmawati Br. Ginting, S.Pd.", "Lisa " + tag);
		assertThat(inDairi).allMatch(p -> p.get("regencyCode").asString().equals("12.11"))
			.allMatch(p -> !p.get("checkedIn").asBoolean())
			.allMatch(p -> p.get("ticketCode").asString().matches("[A-Z2-9]{8}"));
		JsonNode sri = inDairi.stream()
			.filter(p -> p.get("name").asString().startsWith("Dra. Sri"))
			.findFirst()
			.orElseThrow();
		assertThat(sri.get("phone").asString()).startsWith("+62812");
		List<JsonNode> inMedan = list(balai.get("/api/v1/events/" + medan + "/participants").json());
		assertThat(inMedan).extracting(p -> p.get("name").asString())
			.containsExactlyInAnyOrder("Budi Santoso " + tag, "Rina Siregar " + tag, "Yohana " + tag);
		assertThat(inMedan).filteredOn(p -> p.get("name").asString().startsWith("Budi"))
			.allMatch(p -> p.get("nuptk").asString().length() == 16
					&& p.get("phone").asString().equals("+6281370000002"));

		assertThat(list(report.get("duplicateRows"))).singleElement()
			.satisfies(d -> assertThat(d.get("line").asInt() + "=" + d.get("sameAs").asInt()).isEqualTo("9=4"));

		Response oneEvent = balai.upload("/api/v1/events/" + medan + "/participants:import", "medan.csv",
				("Nama;Kab/Kota\nPeserta Medan " + tag + ";\nPeserta Salah " + tag + ";Dairi\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(oneEvent.status()).as(oneEvent.body()).isEqualTo(200);
		assertThat(oneEvent.json().get("created").asInt()).isEqualTo(1);
		assertThat(oneEvent.json().get("rejected").get(0).get("reason").asString()).contains("Kabupaten Dairi")
			.contains("Kota Medan");
		assertThat(balai.get("/api/v1/events/" + medan + "/participants").json().size()).isEqualTo(4);

		Response again = balai.upload("/api/v1/programmes/" + id + "/participants:import", "peserta.csv",
				messyRoster(tag));
		assertThat(again.json().get("created").asInt()).isZero();
		assertThat(again.json().get("linked").asInt()).isZero();
		assertThat(again.json().get("alreadyRegistered").asInt()).isEqualTo(6);
		assertThat(balai.get("/api/v1/events/" + dairi + "/participants").json().size()).isEqualTo(inDairi.size());
	}

	@Test
	void anXlsxRosterIsReadTooAndNumberCellsThatLostDigitsAreReported() throws Exception {
		Api balai = balai();
		long id = programme(balai);
		JsonNode events = eventsOf(balai, id);
		String tag = unique();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook wb = new Workbook(out, "test", "1.0")) {
			Worksheet ws = wb.newWorksheet("Peserta");
			String[] header = { "No", "Nama Lengkap (dengan gelar)", "NUPTK", "NPSN", "Kabupaten / Kota",
					"Nomor WhatsApp" };
			for (int c = 0; c < header.length; c++) {
				ws.value(0, c, header[c]);
			}
			ws.value(1, 0, 1);
			ws.value(1, 1, "Maria Simanjuntak " + tag);
			ws.value(1, 4, "Kab. Karo");
			ws.value(1, 5, 81234500001L); // a phone typed as a number loses its leading 0
			ws.value(2, 0, 2);
			ws.value(2, 1, "Paulus " + tag);
			ws.value(2, 2, 1.23456789012345E15);
			ws.value(2, 4, "Karo");
			ws.value(3, 0, 3); // a numbered line of the template, left empty
			ws.value(4, 0, 4);
		}
		Response r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "peserta.xlsx",
				out.toByteArray());
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("created").asInt()).isEqualTo(1);
		assertThat(r.json().get("rejected").size()).isEqualTo(1);
		assertThat(r.json().get("rejected").get(0).get("line").asInt()).isEqualTo(3);
		assertThat(r.json().get("rejected").get(0).get("reason").asString()).contains("NUPTK");
		JsonNode karo = balai.get("/api/v1/events/" + eventIn(events, "12.06") + "/participants").json();
		assertThat(karo.size()).isEqualTo(1);
		assertThat(karo.get(0).get("phone").asString()).isEqualTo("+6281234500001");
	}

	@Test
	void aFileThatIsNoRosterIsRefusedAndNothingIsSaved() {
		Api balai = balai();
		long id = programme(balai);
		eventsOf(balai, id);
		Response r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "foto.png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2 });
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "x.csv",
				"Sekolah;Kota\nSD 1;Medan\n".getBytes(StandardCharsets.UTF_8));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("Kolom nama peserta tidak ditemukan");
		r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "x.csv",
				"Nama;Sekolah\nAni;SD 1\n".getBytes(StandardCharsets.UTF_8));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("Kolom kabupaten/kota tidak ditemukan");
		assertThat(balai.get("/api/v1/programmes/" + id).json().get("registered").asInt()).isZero();
		Api guru = api().as("guru@demo.kombel.id");
		assertThat(guru
			.upload("/api/v1/programmes/" + id + "/participants:import", "x.csv",
					"Nama;Kabupaten\nAni;Dairi\n".getBytes(StandardCharsets.UTF_8))
			.status()).isEqualTo(403);
	}

	private record Setup(long programme, long dairi, long karo, List<JsonNode> participants) {
	}

	private Setup withParticipants(Api balai) {
		long id = programme(balai);
		JsonNode events = eventsOf(balai, id);
		String tag = unique();
		String csv = "Nama;Kabupaten/Kota\nPeserta Satu " + tag + ";Dairi\nPeserta Dua " + tag + ";Dairi\nPeserta Tiga "
				+ tag + ";Dairi\nPeserta Karo " + tag + ";Karo\n";
		Response r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "p.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(r.json().get("created").asInt()).as(r.body()).isEqualTo(4);
		long dairi = eventIn(events, "12.11");
		return new Setup(id, dairi, eventIn(events, "12.06"),
				list(balai.get("/api/v1/events/" + dairi + "/participants").json()));
	}

	@Test
	void theCommitteeChecksInOncePerTicketAndSession() {
		Api balai = balai();
		Setup s = withParticipants(balai);
		String code = s.participants().get(0).get("ticketCode").asString();
		Response first = balai.post("/api/v1/events/" + s.dairi() + "/check-ins",
				"{\"ticket\":\"" + code + "\",\"session\":\"PAGI\"}");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("status").asString()).isEqualTo("CHECKED_IN");
		String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase();
		Response again = balai.post("/api/v1/events/" + s.dairi() + "/check-ins",
				"{\"ticket\":\"" + typed + "\",\"session\":\"pagi\"}");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("status").asString()).isEqualTo("ALREADY_CHECKED_IN");
		assertThat(balai
			.post("/api/v1/events/" + s.dairi() + "/check-ins", "{\"ticket\":\"" + code + "\",\"session\":\"SIANG\"}")
			.status()).isEqualTo(201);

		Response unknown = balai.post("/api/v1/events/" + s.dairi() + "/check-ins",
				"{\"ticket\":\"ZZZZ-ZZZZ\",\"session\":\"PAGI\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("tidak terdaftar");
		String karoCode = list(balai.get("/api/v1/events/" + s.karo() + "/participants").json()).get(0)
			.get("ticketCode")
			.asString();
		Response elsewhere = balai.post("/api/v1/events/" + s.dairi() + "/check-ins",
				"{\"ticket\":\"" + karoCode + "\",\"session\":\"PAGI\"}");
		assertThat(elsewhere.status()).isEqualTo(400);
		assertThat(elsewhere.body()).contains("Karo");
		Response forged = balai.post("/api/v1/events/" + s.dairi() + "/check-ins",
				"{\"ticket\":\"https://kombel.id/tickets/" + code + "?s=000000000000\",\"session\":\"PAGI\"}");
		assertThat(forged.status()).isEqualTo(400);
		assertThat(forged.body()).contains("tidak sah");
		assertThat(balai
			.post("/api/v1/events/" + s.dairi() + "/check-ins", "{\"ticket\":\"" + code + "\",\"session\":\"MALAM\"}")
			.status()).isEqualTo(400);

		JsonNode listed = balai.get("/api/v1/events/" + s.dairi() + "/participants").json();
		assertThat(list(listed)).filteredOn(p -> p.get("ticketCode").asString().equals(code))
			.allMatch(p -> p.get("checkedIn").asBoolean() && p.get("sessions").size() == 2);
		assertThat(list(listed)).filteredOn(p -> !p.get("ticketCode").asString().equals(code))
			.allMatch(p -> !p.get("checkedIn").asBoolean());

		Api guru = api().as("guru@demo.kombel.id");
		assertThat(guru.get("/api/v1/events/" + s.dairi() + "/participants").status()).isEqualTo(403);
		assertThat(guru.post("/api/v1/events/" + s.dairi() + "/check-ins", "{\"ticket\":\"" + code + "\"}").status())
			.isEqualTo(403);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aTicketAddedBehindThisNodesBackIsStillCheckedIn() {
		Api balai = balai();
		Setup s = withParticipants(balai);
		assertThat(
				balai
					.post("/api/v1/events/" + s.dairi() + "/check-ins",
							"{\"ticket\":\"" + s.participants().get(0).get("ticketCode").asString()
									+ "\",\"session\":\"PAGI\"}")
					.status())
			.isEqualTo(201);
		// as another application node would: a walk-in written straight to the shared
		// database
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("insert into educator (name, position) values ('Dari Node Lain', 'TEACHER')").update(key, "id");
		String code = "NQ" + unique().toUpperCase().replaceAll("[^A-HJKMNP-Z2-9]", "X").substring(0, 6);
		jdbc.sql(
				"""
						insert into participant (programme_id, event_id, regency_code, educator_id, name, ticket_code, walk_in, registered_at)
						values (:p, :e, '12.11', :ed, 'Dari Node Lain', :code, true, current_timestamp)""")
			.param("p", s.programme())
			.param("e", s.dairi())
			.param("ed", key.getKey().longValue())
			.param("code", code)
			.update();
		Response r = balai.post("/api/v1/events/" + s.dairi() + "/check-ins",
				"{\"ticket\":\"" + code + "\",\"session\":\"PAGI\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		assertThat(r.json().get("name").asString()).isEqualTo("Dari Node Lain");
	}

	@Test
	void queuedCheckInsFromTwoPhonesMakeOneAttendanceAndEachItemIsAnswered() {
		Api balai = balai();
		Setup s = withParticipants(balai);
		String a = s.participants().get(0).get("ticketCode").asString();
		String b = s.participants().get(1).get("ticketCode").asString();
		String phone1 = "{\"items\":[{\"key\":\"hp1-1\",\"ticket\":\"" + a
				+ "\",\"session\":\"PAGI\",\"at\":\"2024-05-27T01:05:00Z\",\"device\":\"HP-1\"},"
				+ "{\"key\":\"hp1-2\",\"ticket\":\"" + b + "\",\"session\":\"PAGI\",\"device\":\"HP-1\"},"
				+ "{\"key\":\"hp1-3\",\"ticket\":\"BUKAN-TIKET\",\"session\":\"PAGI\",\"device\":\"HP-1\"}]}";
		Response r1 = balai.post("/api/v1/events/" + s.dairi() + "/check-ins:batch", phone1);
		assertThat(r1.status()).as(r1.body()).isEqualTo(200);
		assertThat(list(r1.json().get("results")))
			.extracting(x -> x.get("key").asString() + "=" + x.get("status").asString())
			.containsExactly("hp1-1=CHECKED_IN", "hp1-2=CHECKED_IN", "hp1-3=REJECTED");
		String phone2 = "{\"items\":[{\"key\":\"hp2-1\",\"ticket\":\"" + a
				+ "\",\"session\":\"PAGI\",\"device\":\"HP-2\"}]}";
		JsonNode r2 = balai.post("/api/v1/events/" + s.dairi() + "/check-ins:batch", phone2)
			.json()
			.get("results")
			.get(0);
		assertThat(r2.get("status").asString()).isEqualTo("ALREADY_CHECKED_IN");
		assertThat(r2.get("device").asString()).as("the conflict names the first phone").isEqualTo("HP-1");
		// the first phone replays its queue after a lost answer
		Response replay = balai.post("/api/v1/events/" + s.dairi() + "/check-ins:batch", phone1);
		assertThat(list(replay.json().get("results"))).extracting(x -> x.get("status").asString())
			.containsExactly("ALREADY_CHECKED_IN", "ALREADY_CHECKED_IN", "REJECTED");
		List<JsonNode> checked = list(balai.get("/api/v1/events/" + s.dairi() + "/participants").json()).stream()
			.filter(p -> p.get("checkedIn").asBoolean())
			.toList();
		assertThat(checked).hasSize(2).allMatch(p -> p.get("sessions").size() == 1);
		assertThat(balai.get("/api/v1/programmes/" + s.programme()).json().get("attended").asInt()).isEqualTo(2);
	}

	@Test
	void aCommitteeMemberWithAnAccountChecksInAtTheirEventOnly() {
		Api balai = balai();
		Setup s = withParticipants(balai);
		Response added = balai.post("/api/v1/events/" + s.dairi() + "/committee",
				"{\"name\":\"Hotma Tiurlan Sinaga, S.Pd.\",\"kind\":\"GURU_PENGGERAK\",\"duty\":\"Presensi\",\"email\":\"anggota@demo.kombel.id\",\"phone\":\"0812 6543 0003\"}");
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().get("hasAccount").asBoolean()).isTrue();
		assertThat(added.json().get("phone").asString()).isEqualTo("+6281265430003");
		Api anggota = api().as("anggota@demo.kombel.id");
		assertThat(anggota.get("/api/v1/events/" + s.dairi() + "/participants").json().size()).isEqualTo(3);
		String code = s.participants().get(2).get("ticketCode").asString();
		assertThat(anggota
			.post("/api/v1/events/" + s.dairi() + "/check-ins", "{\"ticket\":\"" + code + "\",\"session\":\"PAGI\"}")
			.status()).isEqualTo(201);
		assertThat(anggota.get("/api/v1/events/" + s.karo() + "/participants").status()).isEqualTo(403);
		assertThat(anggota.post("/api/v1/events/" + s.dairi() + "/committee", "{\"name\":\"X\",\"kind\":\"OTHER\"}")
			.status()).as("the committee does not appoint itself").isEqualTo(403);
		String later = "panitia." + unique() + "@example.id";
		Response noAccountYet = balai.post("/api/v1/events/" + s.dairi() + "/committee",
				"{\"name\":\"Panitia Baru\",\"kind\":\"REGENCY_OFFICE\",\"email\":\"" + later + "\"}");
		assertThat(noAccountYet.json().get("hasAccount").asBoolean()).isFalse();
		assertThat(api().as("admin@demo.kombel.id")
			.post("/api/v1/accounts", "{\"email\":\"" + later
					+ "\",\"displayName\":\"Panitia Baru\",\"password\":\"rahasia-panitia\",\"grants\":[{\"role\":\"TEACHER\"}]}")
			.status()).isEqualTo(201);
		assertThat(api().as(later, "rahasia-panitia").get("/api/v1/events/" + s.dairi() + "/participants").status())
			.as("an account made later is recognised by its e-mail")
			.isEqualTo(200);
		Response walkIn = anggota.post("/api/v1/events/" + s.dairi() + "/participants",
				"{\"name\":\"Walk In " + unique() + "\",\"phone\":\"081399990000\"}");
		assertThat(walkIn.status()).as(walkIn.body()).isEqualTo(201);
		assertThat(walkIn.json().get("walkIn").asBoolean()).isTrue();
		assertThat(anggota
			.post("/api/v1/events/" + s.dairi() + "/check-ins",
					"{\"ticket\":\"" + walkIn.json().get("ticketCode").asString() + "\",\"session\":\"PAGI\"}")
			.status()).isEqualTo(201);
	}

	@Test
	void aSpeakerLinkedToAnAccountNeedsAnAccountThatExists() {
		Api balai = balai();
		Setup s = withParticipants(balai);
		Response unknown = balai.inLanguage("id")
			.post("/api/v1/events/" + s.dairi() + "/speakers",
					"{\"name\":\"Narasumber " + unique() + "\",\"accountId\":987654321}");
		assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
		assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("accountId");
		assertThat(unknown.body()).contains("Tidak ada akun");
		long guru = accounts.userByEmail("guru@demo.kombel.id").orElseThrow().accountId();
		Response known = balai.post("/api/v1/events/" + s.dairi() + "/speakers",
				"{\"name\":\"Narasumber " + unique() + "\",\"accountId\":" + guru + "}");
		assertThat(known.status()).as(known.body()).isBetween(200, 201);
		assertThat(list(balai.get("/api/v1/events/" + s.dairi() + "/speakers").json())).hasSize(1);
	}

	@Test
	void noCertificateBeforeTheEventIsHeld() {
		Api balai = balai();
		Setup s = withParticipants(balai);
		String coming = java.time.LocalDate.now().plusDays(30).toString();
		assertThat(balai.put("/api/v1/events/" + s.dairi(), "{\"date\":\"" + coming + "\",\"venue\":\"Aula Dairi\"}")
			.status()).isEqualTo(200);
		balai.post("/api/v1/events/" + s.dairi() + "/speakers",
				"{\"name\":\"Narasumber " + unique() + "\",\"topic\":\"Literasi\"}");
		Response early = balai.inLanguage("id").post("/api/v1/events/" + s.dairi() + "/certificates:issue", "");
		assertThat(early.status()).as(early.body()).isEqualTo(400);
		assertThat(early.body()).contains("setelah hari kegiatan");
		assertThat(list(balai.get("/api/v1/events/" + s.dairi() + "/certificates").json())).as("none issued").isEmpty();
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
		assertThat(balai.put("/api/v1/events/" + s.dairi(), "{\"date\":\"" + today + "\",\"venue\":\"Aula Dairi\"}")
			.status()).isEqualTo(200);
		assertThat(balai.post("/api/v1/events/" + s.dairi() + "/certificates:issue", "").status()).as("on the day")
			.isEqualTo(200);
	}

	@Test
	void attendeesGetCertificatesThatAnyoneCanVerifyAndThatCanBeRevoked() {
		Api balai = balai();
		Setup s = withParticipants(balai);
		String a = s.participants().get(0).get("ticketCode").asString();
		String b = s.participants().get(1).get("ticketCode").asString();
		for (String session : List.of("PAGI", "SIANG")) {
			balai.post("/api/v1/events/" + s.dairi() + "/check-ins",
					"{\"ticket\":\"" + a + "\",\"session\":\"" + session + "\"}");
		}
		balai.post("/api/v1/events/" + s.dairi() + "/check-ins", "{\"ticket\":\"" + b + "\",\"session\":\"PAGI\"}");
		balai.post("/api/v1/events/" + s.dairi() + "/speakers",
				"{\"name\":\"Narasumber " + unique() + "\",\"topic\":\"Praktik baik\"}");
		assertThat(api().as("guru@demo.kombel.id")
			.post("/api/v1/events/" + s.dairi() + "/certificates:issue", "")
			.status()).isEqualTo(403);

		Response issued = balai.post("/api/v1/events/" + s.dairi() + "/certificates:issue", "");
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		String nameA = s.participants().get(0).get("name").asString();
		String nameB = s.participants().get(1).get("name").asString();
		List<JsonNode> certs = list(issued.json());
		assertThat(certs).extracting(c -> c.get("name").asString()).contains(nameA).doesNotContain(nameB);
		assertThat(certs).allMatch(c -> c.get("number").asString().startsWith("BT-"));
		assertThat(certs).extracting(c -> c.get("role").asString()).containsExactlyInAnyOrder("PARTICIPANT", "SPEAKER");
		assertThat(list(balai.post("/api/v1/events/" + s.dairi() + "/certificates:issue", "").json())).as("issued once")
			.extracting(c -> c.get("number").asString())
			.containsExactlyInAnyOrderElementsOf(certs.stream().map(c -> c.get("number").asString()).toList());

		String number = certs.stream()
			.filter(c -> c.get("name").asString().equals(nameA))
			.findFirst()
			.orElseThrow()
			.get("number")
			.asString();
		Response page = api().inLanguage("id").get("/certificates/" + number);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains(nameA).contains("Bimtek Komunitas Belajar").contains("Kabupaten Dairi");
		assertThat(api().get("/certificates/BT-24-TIDAKADA").status()).isEqualTo(404);

		Response pdf = balai.get("/api/v1/events/" + s.dairi() + "/certificates/" + number + ".pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF");
		Response zip = balai.get("/api/v1/events/" + s.dairi() + "/certificates.zip");
		assertThat(zip.status()).isEqualTo(200);
		assertThat(zip.contentType()).isEqualTo("application/zip");

		assertThat(balai.post("/api/v1/events/" + s.dairi() + "/certificates/" + number + ":revoke", "").status())
			.isEqualTo(200);
		Response revoked = api().inLanguage("id").get("/certificates/" + number);
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.body()).containsIgnoringCase("dicabut");
		List<JsonNode> reissued = list(balai.post("/api/v1/events/" + s.dairi() + "/certificates:issue", "").json());
		assertThat(reissued).filteredOn(c -> c.get("name").asString().equals(nameA))
			.singleElement()
			.satisfies(c -> assertThat(c.get("number").asString()).isNotEqualTo(number));
	}

	/** A binary answer, fetched as the demo Balai account. */
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

	@Test
	void theReportHasOneRowPerRegency() throws Exception {
		Api balai = balai();
		Setup s = withParticipants(balai);
		assertThat(balai
			.post("/api/v1/events/" + s.dairi() + "/committee",
					"{\"name\":\"Rina Panitia\",\"kind\":\"GURU_PENGGERAK\",\"duty\":\"Registrasi\"}")
			.status()).isEqualTo(201);
		balai.post("/api/v1/events/" + s.dairi() + "/check-ins",
				"{\"ticket\":\"" + s.participants().get(0).get("ticketCode").asString() + "\",\"session\":\"PAGI\"}");
		Response x = balai.get("/api/v1/programmes/" + s.programme() + "/report.xlsx");
		assertThat(x.status()).isEqualTo(200);
		assertThat(x.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		byte[] bytes = bytes("/api/v1/programmes/" + s.programme() + "/report.xlsx");
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				Stream<Row> rows = wb.getFirstSheet().openStream()) {
			List<Row> all = rows.toList();
			assertThat(all).hasSize(34);
			Row dairi = all.stream().filter(r -> "12.11".equals(r.getCellText(0))).findFirst().orElseThrow();
			assertThat(dairi.getCellText(4)).isEqualTo("3");
			assertThat(dairi.getCellText(5)).isEqualTo("1");
			// real date cells, not text: a spreadsheet sorts and filters them
			assertThat(dairi.getCell(2).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
			assertThat(dairi.getCellAsDate(2)).isPresent();
			assertThat(dairi.getCellAsDate(10)).as("first check-in as a date-time").isPresent();
		}
		JsonNode report = balai.get("/api/v1/programmes/" + s.programme() + "/report").json();
		assertThat(report.get("total").get("registered").asInt()).isEqualTo(4);
		assertThat(report.get("total").get("attended").asInt()).isEqualTo(1);
		assertThat(balai.get("/api/v1/programmes/" + s.programme() + "/report.pdf").body()).startsWith("%PDF");
		byte[] list = bytes("/api/v1/events/" + s.dairi() + "/report.xlsx");
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(list));
				Stream<Row> rows = wb.getFirstSheet().openStream()) {
			List<Row> all = rows.toList();
			assertThat(all).hasSize(4);
			assertThat(all.get(0).getCellText(9)).isEqualTo("Hadir: Sesi pagi (08.00)");
			assertThat(all.stream().skip(1).filter(r -> !r.getCellText(9).isEmpty()).count()).as("one checked in")
				.isEqualTo(1);
			Row present = all.stream().skip(1).filter(r -> !r.getCellText(9).isEmpty()).findFirst().orElseThrow();
			assertThat(present.getCell(9).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
			assertThat(present.getCellAsDate(9)).as("check-in time as a date-time cell").isPresent();
		}
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(list));
				Stream<Row> rows = wb.getSheet(1).orElseThrow().openStream()) {
			List<String> kinds = rows.skip(1).map(r -> r.getCellText(2)).toList();
			assertThat(kinds).contains("Guru penggerak").noneMatch(k -> k.matches("[A-Z_]+"));
		}
		assertThat(balai.get("/api/v1/events/" + s.dairi() + "/report.pdf").body()).startsWith("%PDF");
		assertThat(api().as("guru@demo.kombel.id").get("/api/v1/events/" + s.dairi() + "/report.xlsx").status())
			.isEqualTo(403);
		assertThat(api().as("guru@demo.kombel.id").get("/api/v1/programmes/" + s.programme() + "/report.xlsx").status())
			.isEqualTo(403);
	}

	@Test
	void thePageFormTakesTheAgendaOneSessionPerLine() {
		Api balai = balai();
		String title = "Lokakarya Halaman " + unique();
		String agenda = java.net.URLEncoder.encode(
				"SESI1 08.00-10.00 Pembukaan\nSESI2 10.15-12.00 Praktik baik\nSESI3 13:00-15:00 Refleksi",
				StandardCharsets.UTF_8);
		Response bad = balai.postForm("/programmes", "title=X&kind=LOKAKARYA&provinceCode=12&hours=4&agenda="
				+ java.net.URLEncoder.encode("PAGI 08.00-12.00 Buka\nsiang jam satu", StandardCharsets.UTF_8));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("Baris agenda ke-2");
		Response created = balai.postForm("/programmes",
				"title=" + java.net.URLEncoder.encode(title, StandardCharsets.UTF_8)
						+ "&kind=LOKAKARYA&provinceCode=12&hours=4&minSessions=2&agenda=" + agenda);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		long id = Long.parseLong(created.header("Location").replaceAll(".*/programmes/(\\d+)$", "$1"));
		JsonNode programme = balai.get("/api/v1/programmes/" + id).json();
		assertThat(programme.get("title").asString()).isEqualTo(title);
		assertThat(programme.get("minSessions").asInt()).isEqualTo(2);
		assertThat(list(programme.get("sessions")))
			.extracting(x -> x.get("code").asString() + " " + x.get("startsAt").asString())
			.containsExactly("SESI1 08:00:00", "SESI2 10:15:00", "SESI3 13:00:00");
	}

	@Test
	void aProgrammeOfSeveralDaysHasSessionsOnEachDay() {
		Api balai = balai();
		String agenda = java.net.URLEncoder
			.encode("PAGI 08.00-12.00 Pembukaan\nSIANG 13.00-16.30 Materi\nHari 2 PAGI2 08.00-12.00 Praktik\n"
					+ "Hari 2 SIANG2 13.00-15.00 Penutupan", StandardCharsets.UTF_8);
		Response created = balai.postForm("/programmes",
				"title=" + java.net.URLEncoder.encode("Bimtek Dua Hari " + unique(), StandardCharsets.UTF_8)
						+ "&kind=BIMTEK&provinceCode=12&hours=16&agenda=" + agenda);
		assertThat(created.status()).as(created.body()).isEqualTo(302);
		long id = Long.parseLong(created.header("Location").replaceAll(".*/programmes/(\\d+)$", "$1"));
		assertThat(list(balai.get("/api/v1/programmes/" + id).json().get("sessions")))
			.extracting(x -> x.get("day").asInt() + " " + x.get("code").asString())
			.containsExactly("1 PAGI", "1 SIANG", "2 PAGI2", "2 SIANG2");
		assertThat(balai.get("/programmes/" + id).body()).contains("Hari 2");

		Response json = balai.post("/api/v1/programmes", "{\"title\":\"Lokakarya Dua Hari " + unique()
				+ "\",\"kind\":\"LOKAKARYA\",\"provinceCode\":\"12\",\"hours\":8,\"sessions\":["
				+ "{\"code\":\"H1\",\"startsAt\":\"08:00\",\"endsAt\":\"12:00\",\"topic\":\"Satu\"},"
				+ "{\"code\":\"H2\",\"startsAt\":\"08:00\",\"endsAt\":\"12:00\",\"topic\":\"Dua\",\"day\":2}]}");
		assertThat(json.status()).as(json.body()).isEqualTo(201);
		assertThat(list(json.json().get("sessions"))).extracting(x -> x.get("day").asInt()).containsExactly(1, 2);
		Response tooLate = balai.post("/api/v1/programmes",
				"{\"title\":\"X\",\"kind\":\"LOKAKARYA\","
						+ "\"provinceCode\":\"12\",\"hours\":8,\"sessions\":[{\"code\":\"H1\",\"startsAt\":\"08:00\","
						+ "\"endsAt\":\"12:00\",\"topic\":\"Satu\",\"day\":0}]}");
		assertThat(tooLate.status()).isEqualTo(400);
	}

	@Test
	void withoutAMailServerTheProgrammePageOffersWhatsAppInsteadOfAnEmailButton() {
		Api balai = balai();
		Setup s = withParticipants(balai);
		String page = balai.inLanguage("id").get("/programmes/" + s.programme()).body();
		assertThat(page).doesNotContain("Kirim tiket lewat email").doesNotContain("/invitations\"");
		assertThat(page).contains("id=\"share-tickets\"").contains("WhatsApp");
	}

	@Test
	void withoutAMailServerInvitationsSayHowElseToShareTickets() {
		Api balai = balai();
		long id = programme(balai);
		Response r = balai.post("/api/v1/programmes/" + id + "/invitations:send", "");
		assertThat(r.status()).isEqualTo(409);
		assertThat(r.body()).contains("WhatsApp");
	}

	@Test
	void aParticipantOpensTheirTicketWithoutAnAccount() {
		Api balai = balai();
		Setup s = withParticipants(balai);
		String code = s.participants().get(0).get("ticketCode").asString();
		Response page = api().inLanguage("id").get("/tickets/" + code);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(s.participants().get(0).get("name").asString())
			.contains(code.substring(0, 4) + "-" + code.substring(4))
			.contains("<svg")
			.contains("https://wa.me/");
		assertThat(api().get("/tickets/ZZZZZZZZ").status()).isEqualTo(404);
	}

}
