package id.kombel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import id.kombel.communities.community.NameTrigrams;

/**
 * A generated dataset for the monitoring and scale benchmarks, sized by
 * {@code KOMBEL_BENCH_SCALE}: 1 is a province (Sumatera Utara: 15,000 schools, 150,000
 * educators, 10,000 communities, 200,000 activities, 2,000,000 attendance rows), 30 the
 * nation (every province, regency and district of the reference data, 440,000 schools,
 * 3,400,000 educators, 300,000 communities, 3,000,000 activities, 30,000,000 attendance
 * rows); between, counts grow linearly. Written into the database
 * {@code KOMBEL_BENCH_DB_NAME} (recreated) after Flyway has migrated the schema, by
 * set-based SQL (generate_series), so PostgreSQL does the work. Community states are
 * mixed: a fifth never started, a fifth stalled, the rest active; most started
 * communities have a goal with two measurements and an inquiry cycle in some phase, some
 * completed with results before and after. Run with {@code bench/national-data.sh}.
 */
public final class NationalDataset {

	/** How many of each, and where: what the benchmark reports next to its timings. */
	public record Size(int scale, boolean nation, long schools, long educators, long communities, long activities,
			long attendance) {

		static Size of(int scale) {
			return new Size(scale, scale > 1, grow(scale, 15_000, 440_000), grow(scale, 150_000, 3_400_000),
					grow(scale, 10_000, 300_000), grow(scale, 200_000, 3_000_000), grow(scale, 2_000_000, 30_000_000));
		}

		private static long grow(int scale, long province, long nation) {
			return province + (nation - province) * (scale - 1) / 29;
		}

	}

	private final Map<String, Double> seconds = new LinkedHashMap<>();

	public static void main(String[] args) throws Exception {
		int scale = Integer.parseInt(System.getenv().getOrDefault("KOMBEL_BENCH_SCALE", "1"));
		String name = System.getenv().getOrDefault("KOMBEL_BENCH_DB_NAME", "kombel_bench_national");
		String server = System.getenv()
			.getOrDefault("KOMBEL_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
		String user = System.getenv().getOrDefault("KOMBEL_BENCH_DB_USER", "postgres");
		String password = System.getenv().getOrDefault("KOMBEL_BENCH_DB_PASSWORD", "");
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("KOMBEL_BENCH_DB_NAME must be a plain lower-case name: " + name);
		}
		try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
			s.execute("drop database if exists " + name + " with (force)");
			s.execute("create database " + name);
		}
		String url = server.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
		NationalDataset dataset = new NationalDataset();
		long t0 = System.nanoTime();
		Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.outOfOrder(true)
			.load()
			.migrate();
		dataset.seconds.put("schema (Flyway, regions)", (System.nanoTime() - t0) / 1e9);
		Size size = Size.of(scale);
		try (Connection c = DriverManager.getConnection(url, user, password)) {
			dataset.generate(c, size);
			String report = dataset.report(c, size, name, (System.nanoTime() - t0) / 1e9);
			System.out.println(report);
			Path dir = Files.createDirectories(Path.of("target/benchmarks"));
			Files.writeString(dir.resolve("national-data-" + scale + ".md"), report);
		}
	}

	void generate(Connection c, Size n) throws SQLException {
		String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("kombel-demo");
		// started communities: ids not divisible by 5; activities spread evenly over them
		long started = n.communities() - n.communities() / 5;
		long perCommunity = Math.max(1, n.activities() / started);
		long perActivity = Math.max(1, n.attendance() / n.activities());
		String communityOfActivity = "((((a - 1) / " + perCommunity + ") / 4) * 5 + ((a - 1) / " + perCommunity
				+ ") % 4 + 1)";
		// member k (0..14) of community c: distinct for each k, since 104729 is prime; in
		// bigint, since at scale 30 the products pass the int range
		String member = member(n);
		try (Statement s = c.createStatement()) {
			s.execute("set session_replication_role = replica"); // no FK triggers while
																	// bulk loading
			s.execute("set work_mem = '256MB'");
			step(s, "districts",
					"create temp table d as select row_number() over (order by code) as n, code, "
							+ "parent_code as regency, split_part(code, '.', 1) as province from region "
							+ "where level = 'DISTRICT'" + (n.nation() ? "" : " and code like '12.%'"));
			long districts = count(s, "select count(*) from d");
			step(s, "schools",
					"""
							insert into school (id, npsn, name, level, status, district_code, regency_code, province_code, address)
							select g, 'B' || lpad(g::text, 7, '0'), lv || case when g %% 4 = 0 then ' Swasta ' else ' Negeri ' end || g,
							       lv, case when g %% 4 = 0 then 'PRIVATE' else 'PUBLIC' end, d.code, d.regency, d.province,
							       'Jl. Pendidikan No. ' || (g %% 90 + 1)
							from generate_series(1, %d) g
							join d on d.n = 1 + (g * 7 %% %d)
							cross join lateral (select (array['SD','SD','SD','SD','SMP','SMP','SMA','SMK','PAUD','TK','SLB'])[1 + g %% 11] as lv) l
							"""
						.formatted(n.schools(), districts));
			step(s, "educators",
					"""
							insert into educator (id, name, nuptk, email, position, subject, school_id, district_code, regency_code,
							                      province_code, school_level)
							select g, 'Guru ' || g, '8' || lpad(g::text, 15, '0'), 'guru' || g || '@bench.kombel.id',
							       case when g <= %1$d then 'PRINCIPAL' else 'TEACHER' end, 'Guru Kelas', s.id, s.district_code,
							       s.regency_code, s.province_code, s.level
							from generate_series(1, %2$d) g join school s on s.id = 1 + (g - 1) %% %1$d
							"""
						.formatted(n.schools(), n.educators()));
			step(s, "accounts", """
					insert into account (id, email, display_name, password_hash, educator_id, enabled, created_at)
					select id, email, name, '%s', id, true, now() from educator
					""".formatted(hash));
			step(s, "account roles", """
					insert into account_role (id, account_id, role, school_id)
					select id, id, case when position = 'PRINCIPAL' then 'PRINCIPAL' else 'TEACHER' end,
					       case when position = 'PRINCIPAL' then school_id end from educator
					""");
			// 60 % in one school, 30 % between schools (a district), 10 % online (a
			// regency)
			step(s, "communities",
					"""
							insert into community (id, name, kind, description, meeting_norm, join_policy, levels, subjects,
							                       region_code, province_code, regency_code, home_school_id, created_at)
							select g, 'Kombel ' || s.level || ' ' || g,
							       case when g %% 10 < 6 then 'SCHOOL' when g %% 10 < 9 then 'INTER_SCHOOL' else 'ONLINE' end,
							       'Komunitas belajar guru ' || s.level, 'Setiap tiga minggu',
							       case when g %% 7 = 0 then 'APPROVAL' else 'OPEN' end, ',' || s.level || ',', 'Literasi,Numerasi',
							       case when g %% 10 < 9 then s.district_code else s.regency_code end, s.province_code,
							       s.regency_code, case when g %% 10 < 6 then s.id end,
							       now() - interval '1 day' * (case when g %% 5 = 0 then 20 + g %% 200 else 400 + g %% 300 end)
							from generate_series(1, %d) g join school s on s.id = 1 + (g * 13) %% %d
							"""
						.formatted(n.communities(), n.schools()));
			step(s, "memberships",
					"""
							insert into membership (community_id, account_id, display_name, role, status, joined_at,
							                        last_participated_at)
							select c, %s, 'Guru', case when k = 0 then 'FACILITATOR' else 'MEMBER' end, 'ACTIVE',
							       now() - interval '300 days', case when c %% 5 <> 0 and k %% 5 < 3 then now() - interval '1 day' * k end
							from generate_series(1, %d) c cross join generate_series(0, 14) k
							"""
						.formatted(member.formatted("c", "k"), n.communities()));
			// active: the latest activity within 30 days; stalled (id % 5 = 1): 70 days
			// or more
			step(s, "activities", """
					insert into activity (id, community_id, title, role, mode, starts_at, ends_at, venue, agenda,
					                      check_in_code, closed_at, created_by, created_at)
					select a, x.c, 'Pertemuan ' || (a - 1) %% %1$d + 1,
					       (array['LEARNING','DISCUSSION','MATERIALS','REFLECTION'])[1 + a %% 4], 'OFFLINE', x.t,
					       x.t + interval '2 hours', 'Ruang guru', '1. Pembukaan' || chr(10) || '2. Diskusi',
					       lpad((a::bigint * 7919 %% 1000000)::text, 6, '0'), x.t + interval '3 hours', %2$s,
					       x.t - interval '7 days'
					from generate_series(1, %3$d) a
					cross join lateral (select %4$s as c) y
					cross join lateral (select y.c as c, now() - interval '1 day' * (((a - 1) %% %1$d) * 21 + y.c %% 30
					                    + case when y.c %% 5 = 1 then 70 else 1 end) as t) x
					""".formatted(perCommunity, member.formatted("x.c", "0"), started * perCommunity,
					communityOfActivity));
			step(s, "attendance",
					"""
							insert into attendance (activity_id, account_id, display_name, status, method, updated_at)
							select a, %s, 'Guru',
							       (array['PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','REGISTERED','EXCUSED','ABSENT'])[1 + k %% 10],
							       case when k %% 10 < 7 then case when k %% 2 = 0 then 'CODE' else 'ROLL' end end, now()
							from generate_series(1, %d) a cross join generate_series(0, %d) k
							"""
						.formatted(member.formatted(communityOfActivity, "k"), started * perCommunity,
								Math.min(14, perActivity - 1)));
			markHeld(s);
			step(s, "latest activity", """
					update community c set last_activity_at = m.t
					from (select community_id, max(starts_at) as t from activity group by community_id) m
					where m.community_id = c.id
					""");
			step(s, "name pieces", NameTrigrams.FILL);
			// goals for 80 % of started communities, each with two measurements
			step(s, "goals",
					"""
							insert into goal (id, community_id, purpose, indicator, unit, baseline, target, due_date, created_at)
							select g, g, (array['EDUCATE','SUPPORT','NURTURE','ENCOURAGE','INTEGRATE'])[1 + g %% 5],
							       (array['A.1 Literasi','A.2 Numerasi','A.3 Karakter','D.1 Kualitas pembelajaran'])[1 + g %% 4],
							       '%% murid', 40 + g %% 20, 70 + g %% 20, current_date + 180, now() - interval '200 days'
							from generate_series(1, %d) g where g %% 5 <> 0 and g %% 5 <> 4
							"""
						.formatted(n.communities()));
			step(s, "measurements",
					"""
							insert into measurement (goal_id, measured_value, measured_on, recorded_at)
							select id, baseline + (id % 7) * k * 3 - (case when id % 9 = 0 then 8 else 0 end), current_date - 60 / k, now()
							from goal cross join generate_series(1, 2) k
							""");
			// one cycle per goal, in every phase; a third completed with results
			step(s, "inquiry cycles",
					"""
							insert into inquiry_cycle (community_id, goal_id, number, phase, started_on, planning_on,
							                           implementation_on, evaluation_on, result_before, result_after, closed_on,
							                           reflection_notes)
							select id, id, 1, (array['REFLECTION','PLANNING','IMPLEMENTATION','EVALUATION','EVALUATION','EVALUATION'])[1 + id % 6],
							       current_date - 120, case when id % 6 >= 1 then current_date - 100 end,
							       case when id % 6 >= 2 then current_date - 70 end, case when id % 6 >= 3 then current_date - 30 end,
							       case when id % 6 >= 3 then baseline end, case when id % 6 >= 4 then baseline + id % 15 end,
							       case when id % 6 >= 4 then current_date - 5 end, 'Data asesmen murid'
							from goal
							""");
			questions(s, n);
			for (String table : List.of("school", "educator", "account", "account_role", "community", "membership",
					"goal", "measurement", "inquiry_cycle", "activity", "attendance", "question", "answer")) {
				s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
						+ "))");
			}
			s.execute("set session_replication_role = origin");
			step(s, "analyze", "analyze");
		}
	}

	/**
	 * A community's questions (what its forum lists): community c asks c % 9 of them (4
	 * on average), each answered q % 5 times by the community's members, half the
	 * answered ones with an accepted answer. Set-based, like the rest.
	 */
	void questions(Statement s, Size n) throws SQLException {
		String member = member(n);
		step(s, "questions",
				"""
						insert into question (id, title, body, kind, levels, subjects, visibility, region_code, community_id,
						                      author_id, author_name, hidden, answer_count, created_at, updated_at)
						select row_number() over (order by c.id, k), 'Bagaimana mengajar materi ' || k || ' di kelas ' || c.id || '?',
						       'Murid kami kesulitan memahami materi ini. Ada saran?', 'QUESTION', c.levels, ',Literasi,',
						       case when k %% 3 = 0 then 'PUBLIC' else 'COMMUNITY' end, c.region_code, c.id,
						       %s, 'Guru', false, 0, now() - interval '1 hour' * (c.id %% 97 + (9 - k) * 50), now()
						from community c cross join generate_series(1, 8) k where k <= c.id %% 9
						"""
					.formatted(member.formatted("c.id", "k")));
		step(s, "answers",
				"""
						insert into answer (id, question_id, body, author_id, author_name, hidden, created_at)
						select row_number() over (order by q.id, k), q.id, 'Coba mulai dengan contoh konkret dari keseharian murid.',
						       %s, 'Guru', false, q.created_at + interval '1 hour' * k
						from question q cross join generate_series(1, 4) k where k <= q.id %% 5
						"""
					.formatted(member.formatted("q.community_id", "(k + 1) % 15")));
		step(s, "answer counts", """
				update question q set answer_count = a.n, first_answer_at = a.first,
				       accepted_answer_id = case when q.id % 2 = 0 then a.first_id end,
				       accepted_at = case when q.id % 2 = 0 then a.first + interval '1 day' end
				from (select question_id, count(*) as n, min(created_at) as first, min(id) as first_id from answer
				      group by question_id) a
				where a.question_id = q.id
				""");
	}

	/**
	 * Whether the questions of {@link #questions} are there (datasets made before them
	 * have none).
	 */
	static boolean hasQuestions(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			return count(s, "select count(*) from (select 1 from question where author_name = 'Guru' limit 1) q") > 0;
		}
	}

	/**
	 * Past activities were announced as held long ago: left unannounced, a node's
	 * every-minute job (HeldActivities) would announce 2,000 of them a minute for days,
	 * each an event, taking a connection and CPU from whatever is measured.
	 */
	void markHeld(Statement s) throws SQLException {
		step(s, "held activities announced",
				"update activity set held_announced = true where held_announced = false and starts_at <= now()");
	}

	/**
	 * Whether past activities are still waiting to be announced (datasets made before
	 * {@link #markHeld}).
	 */
	static boolean unannounced(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			return count(s, "select count(*) from (select 1 from activity where held_announced = false"
					+ " and starts_at < now() - interval '1 day' limit 1) a") > 0;
		}
	}

	/** Adds the questions and answers to a dataset generated before they were. */
	static double addQuestions(Connection c, Size n) throws SQLException {
		long t0 = System.nanoTime();
		try (Statement s = c.createStatement()) {
			s.execute("set work_mem = '256MB'");
			s.execute("set session_replication_role = replica");
			new NationalDataset().questions(s, n);
			s.execute("set session_replication_role = origin");
			for (String table : List.of("question", "answer")) {
				s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
						+ "))");
			}
			s.execute("analyze question");
			s.execute("analyze answer");
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	/** Member k (0..14) of community c: distinct for each k, since 104729 is prime. */
	private static String member(Size n) {
		return "(1 + ((%s::bigint * 7919 + %s::bigint * 104729) %% " + n.educators() + "))";
	}

	private void step(Statement s, String what, String sql) throws SQLException {
		long t0 = System.nanoTime();
		s.execute(sql);
		seconds.put(what, (System.nanoTime() - t0) / 1e9);
	}

	private static long count(Statement s, String sql) throws SQLException {
		try (ResultSet r = s.executeQuery(sql)) {
			r.next();
			return r.getLong(1);
		}
	}

	String report(Connection c, Size n, String database, double total) throws SQLException {
		List<String> lines = new ArrayList<>();
		lines.add("# National dataset, scale " + n.scale() + (n.nation() ? " (nation)" : " (province 12)"));
		lines.add("");
		try (Statement s = c.createStatement()) {
			lines.add("| table | rows |");
			lines.add("|---|---:|");
			for (String table : List.of("region", "school", "educator", "account", "community", "membership", "goal",
					"measurement", "inquiry_cycle", "activity", "attendance", "question", "answer")) {
				lines
					.add("| " + table + " | " + String.format("%,d", count(s, "select count(*) from " + table)) + " |");
			}
			lines.add("");
			lines.add("Community states: " + count(s, "select count(*) from community where last_activity_at is null")
					+ " never started, "
					+ count(s, "select count(*) from community where last_activity_at < now() - interval '60 days'")
					+ " without an activity for 60 days or more.");
			lines.add("");
			lines.add("| step | seconds |");
			lines.add("|---|---:|");
			seconds.forEach((k, v) -> lines.add("| " + k + " | " + String.format("%.1f", v) + " |"));
			lines.add("");
			lines.add(String.format("Generated in %.0f s; database %s is %s on disk.", total, database,
					text(s, "select pg_size_pretty(pg_database_size('" + database + "'))")));
		}
		return String.join("\n", lines) + "\n";
	}

	private static String text(Statement s, String sql) throws SQLException {
		try (ResultSet r = s.executeQuery(sql)) {
			r.next();
			return r.getString(1);
		}
	}

}
