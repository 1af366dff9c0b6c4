package id.kombel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * An item links only to an activity its author may use: one of the item's community, or
 * (an item of no community) of a community they take part in. Another community's
 * activity and one that does not exist are the same 400 naming {@code activityId}, and
 * nothing is saved.
 */
class LinkedActivityTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private static String word() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static long community(Api facilitator, String region) {
		Response r = facilitator.post("/api/v1/communities", "{\"name\":\"Tautan " + word()
				+ "\",\"kind\":\"INTER_SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"" + region + "\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private static long activity(Api facilitator, long community) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(2).truncatedTo(ChronoUnit.HOURS);
		Response r = facilitator.post("/api/v1/communities/" + community + "/activities",
				"{\"title\":\"Diskusi tautan\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"Ruang guru\","
						+ "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(2) + "\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private static String practice(String title, Long community, Long activity) {
		return "{\"title\":\"" + title + "\",\"context\":\"Kelas 2 SD\",\"problem\":\"Membaca\",\"action\":\"Membaca"
				+ " nyaring\",\"levels\":[\"SD\"],\"visibility\":\"" + (community == null ? "PUBLIC" : "COMMUNITY")
				+ "\"" + (community == null ? "" : ",\"communityId\":" + community)
				+ (activity == null ? "" : ",\"activityId\":" + activity) + "}";
	}

	private static void refused(Response r, long activity) {
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("activityId");
		assertThat(r.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Kegiatan " + activity + " tidak dapat ditautkan: pilih kegiatan dari komunitas yang Anda"
					+ " ikuti (dan dari komunitas yang dipilih, jika ada).");
	}

	private long saved(String table, String title) {
		return jdbc.sql("select count(*) from " + table + " where title = :t")
			.param("t", title)
			.query(Long.class)
			.single();
	}

	@Test
	void aPracticeLinksOnlyToAnActivityOfACommunityItsAuthorMayUse() {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		long mine = community(guru, "12.11");
		long myActivity = activity(guru, mine);
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		long theirs = community(dinas, "12.11");
		long theirActivity = activity(dinas, theirs);
		long other = community(guru, "12.11");

		String title = "Praktik tautan " + word();
		refused(guru.post("/api/v1/practices", practice(title, mine, theirActivity)), theirActivity);
		refused(guru.post("/api/v1/practices", practice(title, null, theirActivity)), theirActivity);
		long myOtherActivity = activity(guru, other);
		refused(guru.post("/api/v1/practices", practice(title, mine, myOtherActivity)), myOtherActivity);
		refused(guru.post("/api/v1/practices", practice(title, mine, 987_654_321L)), 987_654_321L);
		assertThat(saved("practice", title)).as("nothing saved").isZero();

		Response linked = guru.post("/api/v1/practices", practice(title, mine, myActivity));
		assertThat(linked.status()).as(linked.body()).isEqualTo(201);
		assertThat(linked.json().get("activityId").asLong()).isEqualTo(myActivity);
		Response free = guru.post("/api/v1/practices", practice(title + " umum", null, myActivity));
		assertThat(free.status()).as("no community named: an activity of one they take part in").isEqualTo(201);

		long id = linked.json().get("id").asLong();
		refused(guru.put("/api/v1/practices/" + id, practice(title, mine, theirActivity)), theirActivity);
		assertThat(guru.get("/api/v1/practices/" + id).json().get("activityId").asLong()).isEqualTo(myActivity);
		Response kept = guru.put("/api/v1/practices/" + id, practice(title + " diubah", mine, null));
		assertThat(kept.status()).as(kept.body()).isEqualTo(200);
		assertThat(kept.json().get("activityId").asLong()).isEqualTo(myActivity);
	}

	@Test
	void aQuestionLinksOnlyToAnActivityItsAuthorMayUse() {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		long theirActivity = activity(dinas, community(dinas, "12.11"));
		String title = "Pertanyaan tautan " + word();
		refused(guru.post("/api/v1/questions",
				"{\"title\":\"" + title + "\",\"body\":\"Bagaimana?\",\"activityId\":" + theirActivity + "}"),
				theirActivity);
		assertThat(saved("question", title)).isZero();
		long myActivity = activity(guru, community(guru, "12.11"));
		Response asked = guru.post("/api/v1/questions",
				"{\"title\":\"" + title + "\",\"body\":\"Bagaimana?\",\"activityId\":" + myActivity + "}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
	}

}
