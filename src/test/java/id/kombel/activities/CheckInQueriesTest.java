package id.kombel.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import id.kombel.support.SqlCounter;

/**
 * What a member's check-in costs the database on its request (issue 17): a room checks in
 * at once, so every statement, every connection held and every row two check-ins both
 * write counts. Before issue 17 a first check-in ran eleven statements on two connections
 * held at once (the monitoring figures in a second transaction, three area rows every
 * check-in of the province updated) and notified the other nodes inside its transaction,
 * which PostgreSQL lets commit only one at a time.
 */
@Import(SqlCounter.class)
class CheckInQueriesTest extends IntegrationTest {

	/**
	 * The attendance row (the guess limit asked in its statement), the member's latest
	 * participation: one connection, as the rate limit's own read and connection are gone
	 * (issue 17).
	 */
	static final int FIRST_CHECK_IN = 2;

	/**
	 * And the membership, by one plain statement, when the community's snapshot is not in
	 * memory: in a room it never is, as every check-in evicts it.
	 */
	static final int FIRST_CHECK_IN_WITHOUT_SNAPSHOT = 3;

	@Autowired
	SqlCounter sql;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCheckInIsAFewStatementsOnOneConnectionAndShowsInMonitoringSoon() throws InterruptedException {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		Api kepsek = api().as("kepsek@demo.kombel.id");
		Response r = guru.post("/api/v1/communities",
				"{\"name\":\"Presensi " + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		long community = r.json().get("id").asLong();
		assertThat(anggota.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);
		assertThat(kepsek.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MINUTES);
		Response a = guru.post("/api/v1/communities/" + community + "/activities",
				"{\"title\":\"Diskusi\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"startsAt\":\""
						+ now.minusMinutes(10) + "\",\"endsAt\":\"" + now.plusHours(1) + "\"}");
		long id = a.json().get("id").asLong();
		String code = guru.get("/api/v1/activities/" + id).json().get("checkInCode").asString();
		long account = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();
		String path = "/api/v1/activities/" + id + "/check-ins";
		String body = "{\"code\":\"" + code + "\"}";
		// the members' tokens and the activity are in the node's memory, as in a room
		assertThat(anggota.post(path, "{\"code\":\"x\"}").status()).isEqualTo(400);
		assertThat(kepsek.post(path, "{\"code\":\"x\"}").status()).isEqualTo(400);
		// and the community's snapshot, which the first check-in then evicts
		assertThat(guru.get("/api/v1/communities/" + community).status()).isEqualTo(200);

		sql.reset();
		assertThat(anggota.post(path, body).status()).isEqualTo(201);
		List<String> first = sql.statements();
		int connections = sql.connections();
		System.out.println("First check-in: " + first.size() + " statements on " + connections + " connections\n  "
				+ String.join("\n  ", first));
		assertThat(first).as("statements of a first check-in").hasSizeLessThanOrEqualTo(FIRST_CHECK_IN);
		assertThat(first).as("the guess limit is asked in the insert, not by a statement of its own")
			.noneMatch(s -> s.contains("rate_limit_window") && !s.startsWith("insert into attendance"));
		assertThat(first).as("no NOTIFY inside the check-in's transaction, no monitoring row on its request")
			.noneMatch(s -> s.contains("pg_notify") || s.contains("mon_"));
		assertThat(connections).as("one connection: the write's").isEqualTo(1);

		sql.reset();
		assertThat(kepsek.post(path, body).status()).isEqualTo(201);
		List<String> next = sql.statements();
		System.out.println("Check-in without the community's snapshot: " + next.size() + " statements on "
				+ sql.connections() + " connections\n  " + String.join("\n  ", next));
		assertThat(next).as("statements of a check-in whose community is not in memory")
			.hasSizeLessThanOrEqualTo(FIRST_CHECK_IN_WITHOUT_SNAPSHOT)
			.anyMatch(s -> s.startsWith("select role from membership"))
			.as("no Hibernate on the check-in's path")
			.noneMatch(s -> s.contains("m1_0") || s.contains("a1_0"));
		assertThat(sql.connections()).as("the membership's read, then the write's").isLessThanOrEqualTo(2);

		long rows = attendanceRows(id);
		sql.reset();
		assertThat(anggota.post(path, body).status()).as("a repeat").isEqualTo(200);
		assertThat(sql.statements()).as("a repeat writes nothing")
			.noneMatch(s -> s.startsWith("update membership") || s.contains("pg_notify") || s.contains("mon_"));
		assertThat(attendanceRows(id)).isEqualTo(rows).isEqualTo(2);

		assertThat(monitoredWithin(community, account, 5_000)).as("the check-in shows in monitoring within 5 s")
			.isTrue();
	}

	private long attendanceRows(long activity) {
		return jdbc.sql("select count(*) from attendance where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();
	}

	private boolean monitoredWithin(long community, long account, long millis) throws InterruptedException {
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			if (jdbc
				.sql("select count(*) from mon_member where community_id = ? and account_id = ?"
						+ " and last_participated_at is not null")
				.params(community, account)
				.query(Long.class)
				.single() == 1) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

}
