package id.kombel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.monitoring.model.Participations;
import id.kombel.monitoring.model.ReadModel;
import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * The read model follows the events: after a random sequence of changes through the API
 * it equals what a rebuild from the source tables makes; and time alone turns an active
 * community stalled through the job.
 */
class ReadModelRebuildTest extends IntegrationTest {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadModel model;

	@Autowired
	Participations participations;

	@Test
	void afterRandomChangesTheReadModelEqualsARebuild() {
		Random random = new Random(Long.getLong("kombel.test.seed", System.nanoTime()));
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		List<Long> communities = new ArrayList<>();
		List<Long> goals = new ArrayList<>();
		List<long[]> openActivities = new ArrayList<>();
		// start from a rebuilt model: other test classes (same database) may have changed
		// schools, which
		// are copied nightly rather than followed
		model.rebuild();
		for (int step = 0; step < 40; step++) {
			int action = communities.isEmpty() ? 0 : random.nextInt(7);
			long community = communities.isEmpty() ? 0 : communities.get(random.nextInt(communities.size()));
			switch (action) {
				case 0 -> communities.add(create(guru, random));
				case 1 -> anggota.post("/api/v1/communities/" + community + "/join", "");
				case 2 -> {
					// held (in the past or under way: a third, to check in to) or
					// scheduled
					// for later
					int days = random.nextInt(3) == 0 ? 0 : random.nextInt(90) - 30;
					OffsetDateTime start = OffsetDateTime.now(WIB).truncatedTo(ChronoUnit.MINUTES).minusDays(days);
					if (days == 0) {
						start = start.minusMinutes(10);
					}
					Response r = guru.post("/api/v1/communities/" + community + "/activities",
							"{\"title\":\"Diskusi\",\"role\":\"DISCUSSION\",\"mode\":\"ONLINE\","
									+ "\"meetingLink\":\"https://meet.google.com/abc-defg-hij\",\"startsAt\":\"" + start
									+ "\",\"endsAt\":\"" + start.plusHours(2) + "\"}");
					assertThat(r.status()).as(r.body()).isEqualTo(201);
					if (days == 0) {
						openActivities.add(new long[] { r.json().get("id").asLong(), community });
					}
				}
				case 3 -> {
					Response g = guru.post("/api/v1/communities/" + community + "/goals",
							"{\"purpose\":\"INTEGRATE\",\"indicator\":\"A.1\",\"unit\":\"% murid\",\"baseline\":40,"
									+ "\"target\":80,\"dueDate\":\"" + java.time.LocalDate.now(WIB).plusMonths(6)
									+ "\"}");
					assertThat(g.status()).as(g.body()).isEqualTo(201);
					goals.add(community * 1_000_000 + g.json().get("id").asLong());
				}
				case 4 -> {
					if (!goals.isEmpty()) {
						long key = goals.get(random.nextInt(goals.size()));
						guru.post(
								"/api/v1/communities/" + key / 1_000_000 + "/goals/" + key % 1_000_000
										+ "/measurements",
								"{\"value\":" + (40 + random.nextInt(50)) + ",\"measuredOn\":\""
										+ java.time.LocalDate.now(WIB).minusDays(random.nextInt(10)) + "\"}");
					}
				}
				case 5 -> {
					Response c = guru.post("/api/v1/communities/" + community + "/cycles", "{}");
					if (c.status() < 300 && random.nextBoolean()) {
						guru.put("/api/v1/communities/" + community + "/cycles/" + c.json().get("id").asLong(),
								"{\"resultBefore\":50,\"resultAfter\":62,\"close\":true}");
					}
				}
				default -> {
					if (!openActivities.isEmpty()) {
						long[] a = openActivities.get(random.nextInt(openActivities.size()));
						checkIn(guru, anggota, a[0], a[1]);
					}
				}
			}
		}
		// and a check-in last, so that no later event of its community writes the row
		// again: the members who took part are followed from the participation alone
		long last = create(guru, random);
		assertThat(checkIn(guru, anggota, openActivity(guru, last), last).status()).isLessThan(300);
		// what the node writes within a second, and the clustered job does every
		// minutes, without waiting for them
		participations.flush();
		model.markStalled(Instant.now());
		Map<String, List<String>> followed = dump();
		model.rebuild();
		Map<String, List<String>> rebuilt = dump();
		assertThat(followed.get("mon_community")).as("the test changed communities").isNotEmpty();
		assertThat(followed.get("mon_community")).as("members who took part, kept on the row")
			.anyMatch(row -> row.toLowerCase().contains("community_id=" + last + " ")
					&& !row.toLowerCase().contains("members_took_part=0 "));
		for (String table : rebuilt.keySet()) {
			assertThat(followed.get(table)).as(table).containsExactlyElementsOf(rebuilt.get(table));
		}
	}

	@Test
	void aRebuildLeavesItsLargeTablesVacuumedSoCountsReadTheirIndexesAlone() {
		Map<String, Long> before = vacuums();
		model.rebuild();
		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> vacuums()
				.forEach((table, count) -> assertThat(count).as(table).isGreaterThan(before.get(table))));
	}

	private Map<String, Long> vacuums() {
		Map<String, Long> counts = new java.util.TreeMap<>();
		jdbc.sql("select relname, vacuum_count from pg_stat_user_tables"
				+ " where relname in ('mon_member', 'mon_activity', 'mon_community')")
			.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		assertThat(counts).hasSize(3);
		return counts;
	}

	@Test
	void timeAloneTurnsAnActiveCommunityStalled() {
		Api guru = api().as("guru@demo.kombel.id");
		long id = create(guru, new Random());
		OffsetDateTime start = OffsetDateTime.now(WIB).truncatedTo(ChronoUnit.MINUTES).minusDays(1);
		assertThat(guru
			.post("/api/v1/communities/" + id + "/activities",
					"{\"title\":\"Diskusi\",\"role\":\"DISCUSSION\",\"mode\":\"ONLINE\","
							+ "\"meetingLink\":\"https://meet.google.com/abc-defg-hij\",\"startsAt\":\"" + start
							+ "\",\"endsAt\":\"" + start.plusHours(2) + "\"}")
			.status()).isEqualTo(201);
		assertThat(state(id)).isEqualTo("ACTIVE");
		model.markStalled(Instant.now().plus(Duration.ofDays(43)));
		assertThat(state(id)).as("42 days later, without any request touching it").isEqualTo("STALLED");
		model.rebuild();
	}

	@Test
	void timeAloneLowersTheMembersWhoTookPart() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long id = create(guru, new Random());
		Response checkedIn = checkIn(guru, anggota, openActivity(guru, id), id);
		assertThat(checkedIn.status()).as(checkedIn.body()).isLessThan(300);
		participations.flush();
		Map<String, Object> row = figures(id);
		assertThat(row.get("members_took_part")).as(row.toString()).isEqualTo(1);
		assertThat(participation(id)).isEqualTo(1.0 / ((Number) row.get("members")).doubleValue());
		// the stalled-job, 42 days later: without any request, the check-in no longer
		// counts
		model.markStalled(Instant.now().plus(Duration.ofDays(43)));
		row = figures(id);
		assertThat(row.get("members_took_part")).as(row.toString()).isEqualTo(0);
		assertThat(row.get("took_part_earliest")).isNull();
		assertThat(participation(id)).isZero();
		model.rebuild();
	}

	private Map<String, Object> figures(long id) {
		return jdbc
			.sql("select members, members_took_part, took_part_earliest from mon_community where community_id = :id")
			.param("id", id)
			.query((rs, n) -> {
				Map<String, Object> m = new java.util.HashMap<>();
				m.put("members", rs.getInt(1));
				m.put("members_took_part", rs.getInt(2));
				m.put("took_part_earliest", rs.getTimestamp(3));
				return m;
			})
			.single();
	}

	/** The community's participation as the regency office's list shows it. */
	private double participation(long id) {
		Api dinas = api().as("dinas.dairi@demo.kombel.id");
		for (int page = 0;; page++) {
			var content = dinas.get("/api/v1/monitoring/communities?region=12.11&size=100&page=" + page)
				.json()
				.get("content");
			assertThat(content).as("community " + id + " in the list").isNotEmpty();
			for (var c : content) {
				if (c.get("id").asLong() == id) {
					return c.get("participation").asDouble();
				}
			}
		}
	}

	/** An activity under way (started ten minutes ago) of the community. */
	private static long openActivity(Api guru, long community) {
		OffsetDateTime start = OffsetDateTime.now(WIB).truncatedTo(ChronoUnit.MINUTES).minusMinutes(10);
		Response r = guru.post("/api/v1/communities/" + community + "/activities",
				"{\"title\":\"Diskusi\",\"role\":\"DISCUSSION\",\"mode\":\"ONLINE\","
						+ "\"meetingLink\":\"https://meet.google.com/abc-defg-hij\",\"startsAt\":\"" + start
						+ "\",\"endsAt\":\"" + start.plusHours(2) + "\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	/**
	 * The member joins (if not yet) and checks in with the code the facilitator shows.
	 */
	private static Response checkIn(Api guru, Api anggota, long activity, long community) {
		String code = guru.get("/api/v1/activities/" + activity).json().get("checkInCode").asString();
		anggota.post("/api/v1/communities/" + community + "/join", "");
		return anggota.post("/api/v1/activities/" + activity + "/check-ins", "{\"code\":\"" + code + "\"}");
	}

	private String state(long id) {
		return jdbc.sql("select state from mon_community where community_id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private static long create(Api guru, Random random) {
		String kind = random.nextBoolean() ? "SCHOOL" : "ONLINE";
		String region = random.nextBoolean() ? "12.11" : "12.11.01";
		Response r = guru.post("/api/v1/communities",
				"{\"name\":\"Kombel Acak " + UUID.randomUUID().toString().substring(0, 8) + "\",\"kind\":\"" + kind
						+ "\",\"levels\":[\"SD\"" + (random.nextBoolean() ? ",\"SMP\"" : "") + "],\"regionCode\":\""
						+ region + "\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private Map<String, List<String>> dump() {
		// the per-area totals: their counts (a row an event brought to zero is no row to
		// a
		// rebuild; when time next changes them may be earlier after events, never later)
		String counts = "not_started, active, stalled, with_goal, reached, behind, cycles, schools, with_community,"
				+ " educators, members, active_members, registered, attended";
		return Map.of("mon_community", rows("select * from mon_community order by community_id"), "mon_member",
				rows("select * from mon_member order by community_id, account_id"), "mon_activity",
				rows("select * from mon_activity order by activity_id"), "mon_participant",
				rows("select * from mon_participant order by participant_id"), "mon_area",
				rows("select area_code, parent_code, levels, " + counts + " from mon_area where "
						+ counts.replace(",", " <> 0 or") + " <> 0 order by area_code, levels"),
				"mon_area_month",
				rows("select * from mon_area_month where held <> 0 order by area_code, levels, held_month"));
	}

	private List<String> rows(String sql) {
		return jdbc.sql(sql).query((rs, n) -> {
			StringBuilder row = new StringBuilder();
			for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
				row.append(rs.getMetaData().getColumnName(c)).append('=').append(rs.getObject(c)).append(' ');
			}
			return row.toString();
		}).list();
	}

}
