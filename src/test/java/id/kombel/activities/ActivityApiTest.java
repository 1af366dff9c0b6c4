package id.kombel.activities;

import static id.kombel.support.RateLimitWindows.awayFromAWindowEnd;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Activities as the issue's contract states them: schedule, calendar, check-in, tasks,
 * closing.
 */
class ActivityApiTest extends IntegrationTest {

	private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

	private Api guru() {
		return api().as("guru@demo.kombel.id");
	}

	private Api anggota() {
		return api().as("anggota@demo.kombel.id");
	}

	/** A fresh community of the demo teacher, with the demo member joined. */
	private long community(Api guru, Api member) {
		Response r = guru.post("/api/v1/communities",
				"{\"name\":\"Kegiatan " + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		long id = r.json().get("id").asLong();
		assertThat(member.post("/api/v1/communities/" + id + "/join", "").status()).isEqualTo(201);
		return id;
	}

	private static String activity(String title, OffsetDateTime start, OffsetDateTime end) {
		return "{\"title\":\"" + title
				+ "\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"SD Negeri 1 Sidikalang\","
				+ "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end + "\"}";
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(WIB).truncatedTo(ChronoUnit.MINUTES);
	}

	private long schedule(Api guru, long communityId, OffsetDateTime start, OffsetDateTime end) {
		Response r = guru.post("/api/v1/communities/" + communityId + "/activities",
				activity("Diskusi asesmen", start, end));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		assertThat(r.header("Location")).isEqualTo("/api/v1/activities/" + r.json().get("id").asLong());
		return r.json().get("id").asLong();
	}

	@Test
	void aMemberChecksInOnceWithTheCodeOnlyTheFacilitatorSees() {
		Api guru = guru();
		Api anggota = anggota();
		long community = community(guru, anggota);
		long id = schedule(guru, community, now().minusMinutes(10), now().plusMinutes(80));

		String code = guru.get("/api/v1/activities/" + id).json().get("checkInCode").asString();
		assertThat(code).matches("\\d{6}");
		assertThat(anggota.get("/api/v1/activities/" + id).json().get("checkInCode").isNull()).isTrue();
		assertThat(api().as("dinas.dairi@demo.kombel.id")
			.get("/api/v1/activities/" + id)
			.json()
			.get("checkInCode")
			.isNull()).as("a partner sees the activity but not its code").isTrue();

		String wrong = code.equals("000000") ? "111111" : "000000";
		Response refused = anggota.inLanguage("id")
			.post("/api/v1/activities/" + id + "/check-ins", "{\"code\":\"" + wrong + "\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body()).contains("Kode presensi salah");

		assertThat(anggota.post("/api/v1/activities/" + id + "/check-ins", "{\"code\":\"" + code + "\"}").status())
			.isEqualTo(201);
		assertThat(anggota.post("/api/v1/activities/" + id + "/check-ins", "{\"code\":\" " + code + " \"}").status())
			.isEqualTo(200);
		JsonNode attendance = guru.get("/api/v1/activities/" + id).json().get("attendance");
		assertThat(attendance.findValuesAsString("status")).containsExactly("PRESENT");
		assertThat(anggota.get("/api/v1/activities/" + id).json().get("myAttendance").asString()).isEqualTo("PRESENT");

		JsonNode health = guru.get("/api/v1/communities/" + community).json();
		assertThat(health.get("state").asString()).isEqualTo("ACTIVE");
		assertThat(health.get("participation").asDouble()).isGreaterThan(0.0);
	}

	@Test
	void aCodeOutsideTheActivitysTimeIsRefusedWithTheReason() {
		Api guru = guru();
		Api anggota = anggota();
		long community = community(guru, anggota);
		long past = schedule(guru, community, now().minusHours(5), now().minusHours(3));
		String code = guru.get("/api/v1/activities/" + past).json().get("checkInCode").asString();
		Response expired = anggota.inLanguage("en")
			.post("/api/v1/activities/" + past + "/check-ins", "{\"code\":\"" + code + "\"}");
		assertThat(expired.status()).isEqualTo(400);
		assertThat(expired.body()).contains("expired");

		long future = schedule(guru, community, now().plusDays(3), now().plusDays(3).plusHours(2));
		String later = guru.get("/api/v1/activities/" + future).json().get("checkInCode").asString();
		Response early = anggota.inLanguage("en")
			.post("/api/v1/activities/" + future + "/check-ins", "{\"code\":\"" + later + "\"}");
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.body()).contains("not valid yet");
		assertThat(guru.get("/api/v1/activities/" + past).json().get("attendance")).isEmpty();
	}

	/** RFC 5545 folds long lines; a folded line continues after CRLF and one space. */
	private static String unfold(String ics) {
		return ics.replace("\r\n ", "").replace("\n ", "");
	}

	@Test
	void calendarsAreServedAsTextCalendar() {
		Api guru = guru();
		long community = community(guru, anggota());
		long id = schedule(guru, community, now().plusDays(2), now().plusDays(2).plusHours(2));
		assertThat(guru.put("/api/v1/activities/" + id,
				"{\"title\":\"Diskusi asesmen\",\"role\":\"DISCUSSION\",\"mode\":\"HYBRID\","
						+ "\"venue\":\"SD Negeri 1 Sidikalang\",\"meetingLink\":\"https://meet.example.id/rahasia\",\"agenda\":\"Bahas nilai siswa kelas 4\","
						+ "\"startsAt\":\"" + now().plusDays(2) + "\",\"endsAt\":\"" + now().plusDays(2).plusHours(2)
						+ "\"}")
			.status()).isEqualTo(200);
		assertThat(unfold(guru.get("/activities/" + id + ".ics").body())).as("a member's calendar carries everything")
			.contains("meet.example.id/rahasia", "Bahas nilai siswa");
		Response one = api().get("/activities/" + id + ".ics");
		assertThat(unfold(one.body())).as("anyone may subscribe, but sees only the public profile")
			.doesNotContain("meet.example.id", "Bahas nilai siswa");
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.contentType()).startsWith("text/calendar");
		assertThat(one.body()).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:Diskusi asesmen", "END:VCALENDAR");
		Response feed = api().get("/communities/" + community + "/calendar.ics");
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).startsWith("text/calendar");
		assertThat(unfold(feed.body())).contains("Diskusi asesmen")
			.doesNotContain("meet.example.id", "Bahas nilai siswa");
		assertThat(api().get("/communities/999999/calendar.ics").status()).isEqualTo(404);

		String page = anggota().get("/communities/" + community).body();
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("/communities/" + community + "/calendar\\.ics\\?member=(\\d+)&amp;key=([\\w-]+)")
			.matcher(page);
		assertThat(link.find()).as("a member's page offers a personal feed").isTrue();
		String personal = "/communities/" + community + "/calendar.ics?member=" + link.group(1) + "&key=";
		assertThat(unfold(api().get(personal + link.group(2)).body())).as("the signed feed carries members' details")
			.contains("meet.example.id/rahasia");
		// a forged key: its first character changed (to one it is not, or the "forgery"
		// is the key)
		String forged = (link.group(2).charAt(0) == 'x' ? "y" : "x") + link.group(2).substring(1);
		assertThat(unfold(api().get(personal + forged).body())).doesNotContain("meet.example.id");
		long guruId = guru.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(unfold(
				api().get("/communities/" + community + "/calendar.ics?member=" + guruId + "&key=" + link.group(2))
					.body()))
			.as("a key is for one member only")
			.doesNotContain("meet.example.id");
	}

	@Test
	void badActivitiesAreRefusedAndNothingIsSaved() {
		Api guru = guru();
		long community = community(guru, anggota());
		String path = "/api/v1/communities/" + community + "/activities";
		Response backwards = guru.inLanguage("id")
			.post(path, activity("Mundur", now().plusDays(1), now().plusDays(1).minusHours(1)));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("errors").findValuesAsString("field")).contains("endsAt");
		assertThat(backwards.body()).contains("Waktu selesai");

		Response unknownRole = guru.post(path, "{\"title\":\"Peran aneh\",\"role\":\"PARTY\",\"mode\":\"ONLINE\","
				+ "\"startsAt\":\"2027-01-01T10:00\",\"endsAt\":\"2027-01-01T11:00\"}");
		assertThat(unknownRole.status()).isEqualTo(400);
		assertThat(unknownRole.contentType()).startsWith("application/problem+json");

		Response longTitle = guru.post(path,
				activity("x".repeat(201), now().plusDays(1), now().plusDays(1).plusHours(1)));
		assertThat(longTitle.status()).isEqualTo(400);
		assertThat(longTitle.json().get("errors").findValuesAsString("field")).contains("title");

		Response badDate = guru.post(path, "{\"title\":\"Tanggal rusak\",\"role\":\"LEARNING\",\"mode\":\"ONLINE\","
				+ "\"startsAt\":\"31/12/2026 10:00\",\"endsAt\":\"2027-01-01T11:00\"}");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(guru.get(path).json()).isEmpty();
	}

	@Test
	void aMemberOfOneCommunityCanDoNothingToAnother() {
		Api guru = guru();
		Api anggota = anggota();
		long a = community(guru, anggota);
		// the member facilitates B; the teacher of A is only a member there
		long b = community(anggota, guru);
		long inA = schedule(guru, a, now().minusMinutes(5), now().plusHours(1));
		String code = guru.get("/api/v1/activities/" + inA).json().get("checkInCode").asString();

		Api stranger = api().as("kepsek@demo.kombel.id");
		assertThat(stranger.post("/api/v1/activities/" + inA + "/check-ins", "{\"code\":\"" + code + "\"}").status())
			.as("a partner is not a member and cannot check in")
			.isEqualTo(403);
		assertThat(anggota.post("/api/v1/activities/" + inA + "/tasks", "{\"accountId\":1,\"kind\":\"MODERATOR\"}")
			.status()).isEqualTo(403);
		assertThat(anggota.post("/api/v1/activities/" + inA + "/close", "").status()).isEqualTo(403);
		assertThat(guru
			.post("/api/v1/communities/" + b + "/activities",
					activity("Bukan milikku", now().plusDays(1), now().plusDays(1).plusHours(1)))
			.status()).isEqualTo(403);
		assertThat(anggota.get("/api/v1/activities/999999").status()).isEqualTo(404);
	}

	@Test
	void tasksGoFirstToWhoHadFewestAndClosingIssuesVerifiableCertificates() {
		Api guru = guru();
		Api anggota = anggota();
		long community = community(guru, anggota);
		long guruId = guru.get("/api/v1/tokens/current").json().get("accountId").asLong();
		long anggotaId = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();
		long first = schedule(guru, community, now().minusHours(2), now().minusHours(1));
		assertThat(guru
			.post("/api/v1/activities/" + first + "/tasks", "{\"accountId\":" + guruId + ",\"kind\":\"MODERATOR\"}")
			.status()).isEqualTo(201);
		JsonNode suggestions = guru.get("/api/v1/activities/" + first + "/task-suggestions").json();
		assertThat(suggestions.get(0).get("accountId").asLong()).as("the member without a task comes first")
			.isEqualTo(anggotaId);
		assertThat(guru
			.post("/api/v1/activities/" + first + "/tasks", "{\"accountId\":" + anggotaId + ",\"kind\":\"NOTE_TAKER\"}")
			.status()).isEqualTo(201);

		assertThat(guru.put("/api/v1/activities/" + first + "/attendance/" + anggotaId, "{\"status\":\"PRESENT\"}")
			.status()).isEqualTo(200);
		assertThat(
				guru.put("/api/v1/activities/" + first + "/attendance/" + guruId, "{\"status\":\"EXCUSED\"}").status())
			.isEqualTo(200);
		assertThat(anggota
			.put("/api/v1/activities/" + first + "/minutes",
					"{\"minutes\":\"Kami sepakat mencoba asesmen diagnostik.\"}")
			.status()).as("the note taker writes the minutes").isEqualTo(200);
		assertThat(anggota
			.post("/api/v1/activities/" + first + "/reflections",
					"{\"learnt\":\"Asesmen diagnostik singkat\",\"willTry\":\"Tiket keluar\",\"need\":\"Contoh soal\"}")
			.status()).isEqualTo(201);

		JsonNode closed = guru.post("/api/v1/activities/" + first + "/close", "").json();
		assertThat(closed.get("closed").asBoolean()).isTrue();
		Response certificate = anggota.get("/api/v1/activities/" + first + "/certificate");
		assertThat(certificate.status()).isEqualTo(200);
		String number = certificate.json().get("number").asString();
		assertThat(guru.get("/api/v1/activities/" + first + "/certificate").status())
			.as("an excused facilitator did not attend: no certificate")
			.isEqualTo(404);

		Response pdf = anggota.get("/activities/" + first + "/certificate.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		Response verify = api().get("/certificates/" + number);
		assertThat(verify.status()).isEqualTo(200);
		assertThat(verify.body()).contains("Hotma Tiurlan Sinaga");
		assertThat(api().get("/certificates/" + number.toLowerCase(java.util.Locale.ROOT)).status())
			.as("typed in lower case")
			.isEqualTo(200);
		assertThat(api().get("/certificates/KB-0000-XXXX").status()).isEqualTo(404);
	}

	@Test
	void theCommunityAndActivityPagesShowWhatMembersNeed() {
		Api guru = guru().inLanguage("id");
		Api anggota = anggota().inLanguage("id");
		long community = community(guru, anggota);
		long id = schedule(guru, community, now().minusMinutes(10), now().plusMinutes(80));
		String code = guru.get("/api/v1/activities/" + id).json().get("checkInCode").asString();

		Response page = guru.get("/communities/" + community);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Diskusi asesmen", "/communities/" + community + "/calendar.ics");
		Response facilitatorView = guru.get("/activities/" + id);
		assertThat(facilitatorView.status()).isEqualTo(200);
		assertThat(facilitatorView.body()).contains(code, "wa.me", "/activities/" + id + ".ics");
		Response memberView = anggota.get("/activities/" + id);
		assertThat(memberView.status()).isEqualTo(200);
		assertThat(memberView.body()).contains("Diskusi asesmen").doesNotContain(code);
		assertThat(anggota.get("/communities/" + community + "/activities").status()).isEqualTo(200);
	}

	@Test
	void simultaneousCheckInsFromTwoPhonesMakeOneRecordEach() throws Exception {
		Api guru = guru();
		Api anggota = anggota();
		long community = community(guru, anggota);
		long id = schedule(guru, community, now().minusMinutes(5), now().plusHours(1));
		String code = guru.get("/api/v1/activities/" + id).json().get("checkInCode").asString();
		String body = "{\"code\":\"" + code + "\"}";
		var pool = java.util.concurrent.Executors.newFixedThreadPool(24);
		try {
			List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 48; i++) {
				Api who = i % 2 == 0 ? anggota : guru;
				answers.add(pool.submit(() -> who.post("/api/v1/activities/" + id + "/check-ins", body).status()));
			}
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).as("no request fails, waits out the pool, or errs")
				.allMatch(s -> s == 200 || s == 201);
			assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode attendance = guru.get("/api/v1/activities/" + id).json().get("attendance");
		assertThat(attendance.findValuesAsString("status")).containsExactly("PRESENT", "PRESENT");
	}

	@Test
	void aClosedActivityTakesNoCheckInAndTaskLabelsAndDatesAreBounded() {
		Api guru = guru();
		Api anggota = anggota();
		long community = community(guru, anggota);
		long id = schedule(guru, community, now().minusHours(1), now().plusHours(1));
		String code = guru.get("/api/v1/activities/" + id).json().get("checkInCode").asString();
		long anggotaId = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();

		Response label = guru.post("/api/v1/activities/" + id + "/tasks",
				"{\"accountId\":" + anggotaId + ",\"kind\":\"CUSTOM\",\"label\":\"" + "x".repeat(101) + "\"}");
		assertThat(label.status()).isEqualTo(400);
		Response pageLabel = guru.postForm("/activities/" + id + "/tasks",
				"accountId=" + anggotaId + "&kind=CUSTOM&label=" + "x".repeat(101));
		assertThat(pageLabel.status()).as("the page form is checked as the API is").isEqualTo(400);
		assertThat(guru.get("/api/v1/activities/" + id).json().get("tasks")).isEmpty();

		Response farFuture = guru.post("/api/v1/communities/" + community + "/activities",
				activity("Jauh sekali", now().plusYears(300), now().plusYears(300).plusHours(1)));
		assertThat(farFuture.status()).isEqualTo(400);
		assertThat(farFuture.json().get("errors").findValuesAsString("field")).contains("startsAt");

		assertThat(guru.post("/api/v1/activities/" + id + "/close", "").status()).isEqualTo(200);
		Response late = anggota.inLanguage("en")
			.post("/api/v1/activities/" + id + "/check-ins", "{\"code\":\"" + code + "\"}");
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.body()).contains("closed");
		assertThat(
				guru.put("/api/v1/activities/" + id + "/attendance/" + anggotaId, "{\"status\":\"PRESENT\"}").status())
			.as("the roll is settled once certificates are issued")
			.isEqualTo(400);
		assertThat(anggota.post("/api/v1/activities/" + id + "/registrations", "").status()).isEqualTo(400);
		assertThat(guru
			.post("/api/v1/activities/" + id + "/tasks", "{\"accountId\":" + anggotaId + ",\"kind\":\"MODERATOR\"}")
			.status()).isEqualTo(400);
		JsonNode after = guru.get("/api/v1/activities/" + id).json();
		assertThat(after.get("attendance")).isEmpty();
		assertThat(after.get("tasks")).isEmpty();
	}

	@Test
	void guessingTheCodeStopsAfterTenWrongTriesEvenForTheRightOne() {
		awayFromAWindowEnd(Duration.ofMinutes(15));
		Api guru = guru();
		Api anggota = anggota();
		long community = community(guru, anggota);
		long id = schedule(guru, community, now().minusMinutes(5), now().plusHours(1));
		String code = guru.get("/api/v1/activities/" + id).json().get("checkInCode").asString();
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 10; i++) {
			assertThat(anggota.post("/api/v1/activities/" + id + "/check-ins", "{\"code\":\"" + wrong + "\"}").status())
				.isEqualTo(400);
		}
		Response blocked = anggota.inLanguage("id")
			.post("/api/v1/activities/" + id + "/check-ins", "{\"code\":\"" + code + "\"}");
		assertThat(blocked.status()).isEqualTo(429);
		assertThat(blocked.contentType()).startsWith("application/problem+json");
		assertThat(blocked.body()).contains("Terlalu banyak kode yang salah");
		assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 15 * 60L);
		assertThat(guru.get("/api/v1/activities/" + id).json().get("attendance")).isEmpty();

		long anggotaId = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(
				guru.put("/api/v1/activities/" + id + "/attendance/" + anggotaId, "{\"status\":\"PRESENT\"}").status())
			.as("the facilitator can still take the roll")
			.isEqualTo(200);
	}

	@Test
	void theSameTaskIsNotGivenTwiceToTheSamePerson() {
		Api guru = guru();
		Api anggota = anggota();
		long community = community(guru, anggota);
		long id = schedule(guru, community, now().plusDays(2), now().plusDays(2).plusHours(1));
		long anggotaId = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();
		String task = "{\"accountId\":" + anggotaId + ",\"kind\":\"NOTE_TAKER\"}";
		assertThat(guru.post("/api/v1/activities/" + id + "/tasks", task).status()).isEqualTo(201);
		Response twice = guru.post("/api/v1/activities/" + id + "/tasks", task);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.body()).contains("sudah mendapat tugas yang sama");
		assertThat(
				guru.postForm("/activities/" + id + "/tasks", "accountId=" + anggotaId + "&kind=NOTE_TAKER").status())
			.as("the page goes back to the activity with the reason")
			.isEqualTo(302);
		assertThat(guru.get("/api/v1/activities/" + id).json().get("tasks")).hasSize(1);
		// another task for the same person is fine
		assertThat(guru
			.post("/api/v1/activities/" + id + "/tasks", "{\"accountId\":" + anggotaId + ",\"kind\":\"MODERATOR\"}")
			.status()).isEqualTo(201);
	}

}
