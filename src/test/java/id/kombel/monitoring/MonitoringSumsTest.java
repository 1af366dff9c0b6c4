package id.kombel.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import id.kombel.monitoring.model.ReadModel;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * The children add up to the parent, at every level: on generated data (schools in
 * districts of three regencies of two provinces, communities of every reach, educators
 * who are members of communities in several regencies), a walk from the nation to a
 * school finds every figure of a place equal to the sum of its children's (the row
 * without a child included), and each child's row equal to that child's own summary.
 * Educators who are members are counted where their school is.
 */
class MonitoringSumsTest extends IntegrationTest {

	private static final List<String> FIGURES = List.of("communities.total", "communities.NOT_STARTED",
			"communities.ACTIVE", "communities.STALLED", "schools.total", "schools.withCommunity", "educators.total",
			"educators.members", "educators.activeMembers", "goals.communitiesWithGoal", "goals.onTrack",
			"goals.reached", "goals.behind", "cycles.completed", "programmes.registered", "programmes.attended");

	private static final long BASE = 8_100_000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadModel model;

	@Test
	void everyFigureOfAPlaceIsTheSumOfItsChildrensFromTheNationToASchool() {
		List<String[]> districts = generate(new Random(Long.getLong("kombel.test.seed", 11)));
		model.rebuild();
		String regency = districts.get(0)[1];
		String district = districts.get(0)[0];
		for (String level : new String[] { "", "&level=SD" }) {
			walk("admin@demo.kombel.id", "x=1" + level, "region=12" + level, "region=" + regency + level,
					"region=" + district + level, "school=" + (BASE + 1) + level);
		}
		// an office sees its regency only: what it sees adds up the same way
		walk("dinas.dairi@demo.kombel.id", "region=12.11", "region=" + firstDistrictOf("12.11"));
	}

	@Test
	void anEducatorInCommunitiesOfTwoRegenciesIsOneMemberWhereTheirSchoolIs() {
		List<String[]> districts = generate(new Random(7));
		model.rebuild();
		JsonNode province = summary("admin@demo.kombel.id", "region=" + districts.get(0)[2]);
		JsonNode home = child(province, districts.get(0)[1]);
		JsonNode elsewhere = child(province, districts.get(2)[1]);
		// educator BASE + 1 teaches at school BASE + 1 (first district) and belongs to
		// communities everywhere: members of the first regency include them, the other's
		// members are its own schools' educators only
		assertThat(value(home, "educators.members")).isLessThanOrEqualTo(value(home, "educators.total"));
		assertThat(value(elsewhere, "educators.members")).isLessThanOrEqualTo(value(elsewhere, "educators.total"));
		assertThat(value(summary("admin@demo.kombel.id", "school=" + (BASE + 1)), "educators.members"))
			.isEqualTo(jdbc.sql("select count(*) from educator e where e.school_id = :s and exists (select 1 from"
					+ " account a join membership m on m.account_id = a.id and m.status = 'ACTIVE'"
					+ " where a.educator_id = e.id)")
				.param("s", BASE + 1)
				.query(Long.class)
				.single());
	}

	private void walk(String who, String... queries) {
		for (String query : queries) {
			JsonNode place = summary(who, query);
			JsonNode children = place.get("children");
			if (!place.get("region").get("level").asString().equals("SCHOOL")) {
				assertThat(children).as(query + " has children").isNotEmpty();
			}
			for (String figure : FIGURES) {
				long sum = 0;
				for (JsonNode c : children) {
					sum += value(c, figure);
				}
				if (!children.isEmpty()) {
					assertThat(sum).as(who + " " + query + ": children's " + figure).isEqualTo(value(place, figure));
				}
			}
			String level = query.contains("&level=") ? query.substring(query.indexOf("&level=")) : "";
			for (JsonNode c : children) {
				JsonNode code = c.get("code");
				if (code == null || code.isNull() || code.asString().isEmpty()) {
					continue;
				}
				String open = (c.get("level").asString().equals("SCHOOL") ? "school=" : "region=")
						+ c.get("code").asString() + level;
				JsonNode own = summary(who, open);
				for (String figure : FIGURES) {
					assertThat(value(own, figure)).as(who + " " + open + ": row in " + query + " vs own " + figure)
						.isEqualTo(value(c, figure));
				}
			}
		}
	}

	private JsonNode summary(String who, String query) {
		Response r = api().as(who).get("/api/v1/monitoring/summary?" + query);
		assertThat(r.status()).as(who + " " + query + ": " + r.body()).isEqualTo(200);
		return r.json();
	}

	private static JsonNode child(JsonNode summary, String code) {
		for (JsonNode c : summary.get("children")) {
			if (code.equals(c.get("code").asString())) {
				return c;
			}
		}
		throw new AssertionError("no child " + code);
	}

	private static long value(JsonNode node, String figure) {
		String[] path = figure.split("\\.");
		return node.get(path[0]).get(path[1]).asLong();
	}

	private String firstDistrictOf(String regency) {
		return jdbc.sql("select min(district_code) from school where regency_code = :r")
			.param("r", regency)
			.query(String.class)
			.single();
	}

	/**
	 * Two districts in each of two regencies of province 12 and of one of another
	 * province, three schools in each, five educators a school; communities in a school,
	 * between schools, regency-wide and province-wide, each with members drawn from all
	 * educators; activities, goals and cycles. Returns the districts as {district,
	 * regency, province}. Made once per test class (same ids).
	 */
	private List<String[]> generate(Random random) {
		List<String[]> districts = new ArrayList<>();
		for (String province : new String[] { "12", "11" }) {
			List<String> regencies = jdbc
				.sql("select code from region where level = 'REGENCY' and parent_code = :p"
						+ " and code <> '12.11' order by code")
				.param("p", province)
				.query(String.class)
				.list();
			for (String regency : regencies.subList(0, province.equals("12") ? 2 : 1)) {
				jdbc.sql("select code from region where parent_code = :r order by code")
					.param("r", regency)
					.query(String.class)
					.list()
					.subList(0, 2)
					.forEach(d -> districts.add(new String[] { d, regency, province }));
			}
		}
		if (jdbc.sql("select count(*) from school where id = :id")
			.param("id", BASE + 1)
			.query(Long.class)
			.single() > 0) {
			return districts;
		}
		String[] levels = { "SD", "SMP", "SD" };
		List<Long> accounts = new ArrayList<>();
		Map<Long, String[]> schoolAt = new LinkedHashMap<>();
		long school = BASE;
		long educator = BASE;
		for (String[] d : districts) {
			for (int i = 0; i < 3; i++) {
				school++;
				schoolAt.put(school, d);
				jdbc.sql(
						"insert into school (id, npsn, name, level, status, district_code, regency_code, province_code,"
								+ " address) values (?, ?, ?, ?, 'PUBLIC', ?, ?, ?, 'Jl. Uji')")
					.params(school, "T" + school, "Sekolah Uji " + school, levels[i], d[0], d[1], d[2])
					.update();
				for (int k = 0; k < 5; k++) {
					educator++;
					jdbc.sql("insert into educator (id, name, position, school_id, district_code, regency_code,"
							+ " province_code, school_level) values (?, ?, 'TEACHER', ?, ?, ?, ?, ?)")
						.params(educator, "Guru Uji " + educator, school, d[0], d[1], d[2], levels[i])
						.update();
					jdbc.sql("insert into account (id, email, display_name, password_hash, educator_id, enabled,"
							+ " created_at) values (?, ?, 'Guru Uji', '{noop}x', ?, true, ?)")
						.params(educator, "uji" + educator + "@sums.kombel.id", educator, Timestamp.from(Instant.now()))
						.update();
					accounts.add(educator);
				}
			}
		}
		Instant now = Instant.now();
		long community = BASE;
		long activity = BASE;
		for (Map.Entry<Long, String[]> s : schoolAt.entrySet()) {
			String[] d = s.getValue();
			// in the school; between the district's schools; regency-wide; province-wide
			List<Object[]> reaches = List.of(new Object[] { "SCHOOL", d[0], s.getKey() },
					new Object[] { "INTER_SCHOOL", d[0], null }, new Object[] { "ONLINE", d[1], null },
					new Object[] { "ONLINE", d[2], null }, new Object[] { "ONLINE", d[2], s.getKey() },
					new Object[] { "ONLINE", d[1], s.getKey() });
			for (Object[] reach : reaches) {
				if (!reach[0].equals("SCHOOL") && random.nextInt(3) > 0) {
					continue;
				}
				community++;
				String level = random.nextBoolean() ? ",SD," : ",SD,SMP,";
				int state = random.nextInt(3);
				Timestamp last = state == 0 ? null : Timestamp.from(now.minus(state == 1 ? 3 : 80, ChronoUnit.DAYS));
				jdbc.sql("insert into community (id, name, kind, join_policy, levels, region_code, province_code,"
						+ " regency_code, home_school_id, created_at, last_activity_at)"
						+ " values (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?)")
					.params(community, "Kombel Uji " + community, reach[0], level, reach[1], d[2],
							((String) reach[1]).contains(".") ? d[1] : null, reach[2],
							Timestamp.from(now.minus(200, ChronoUnit.DAYS)), last)
					.update();
				for (int k = 0; k < 6; k++) {
					long account = k == 0 ? BASE + 1 : accounts.get(random.nextInt(accounts.size()));
					jdbc.sql("insert into membership (community_id, account_id, display_name, role, status, joined_at,"
							+ " last_participated_at) values (?, ?, 'Guru', ?, 'ACTIVE', ?, ?) on conflict do nothing")
						.params(community, account, k == 0 ? "FACILITATOR" : "MEMBER", Timestamp.from(now),
								random.nextBoolean() ? null
										: Timestamp.from(now.minus(random.nextInt(200), ChronoUnit.DAYS)))
						.update();
				}
				if (last != null) {
					activity++;
					jdbc.sql("insert into activity (id, community_id, title, role, mode, starts_at, ends_at, venue,"
							+ " check_in_code, created_by, created_at, held_announced)"
							+ " values (?, ?, 'Pertemuan', 'LEARNING', 'OFFLINE', ?, ?, 'Ruang guru', ?, ?, ?, true)")
						.params(activity, community, last, Timestamp.from(last.toInstant().plusSeconds(7200)),
								String.valueOf(100000 + activity % 900000), BASE + 1, last)
						.update();
					if (random.nextBoolean()) {
						long goal = jdbc.sql("insert into goal (community_id, purpose, indicator, unit, baseline,"
								+ " target, due_date, created_at) values (?, 'EDUCATE', 'A.1', '% murid', 40, 80, ?, ?)"
								+ " returning id")
							.params(community, LocalDate.now().plusDays(100 + random.nextInt(100)),
									Timestamp.from(now.minus(100, ChronoUnit.DAYS)))
							.query(Long.class)
							.single();
						jdbc.sql("insert into measurement (goal_id, measured_value, measured_on, recorded_at)"
								+ " values (?, ?, ?, ?)")
							.params(goal, 40 + random.nextInt(50), LocalDate.now().minusDays(5), Timestamp.from(now))
							.update();
						jdbc.sql("insert into inquiry_cycle (community_id, goal_id, number, phase, started_on,"
								+ " result_before, result_after, closed_on) values (?, ?, 1, 'EVALUATION', ?, 40, 55, ?)")
							.params(community, goal, LocalDate.now().minusDays(60), LocalDate.now().minusDays(1))
							.update();
					}
				}
			}
		}
		return districts;
	}

}
