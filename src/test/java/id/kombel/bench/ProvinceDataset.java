package id.kombel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import id.kombel.communities.community.NameTrigrams;

/**
 * A province-sized dataset for Sumatera Utara, written straight into PostgreSQL with
 * COPY: 5,000 schools, 150,000 educators with accounts, 10,000 communities of 15 members,
 * 200,000 activities (20 per community over two years) and 2,000,000 attendance records
 * (10 per activity). Deterministic (fixed seed), so every run measures the same data.
 */
final class ProvinceDataset {

	static final int SCHOOLS = 5_000;

	static final int EDUCATORS = 150_000;

	static final int COMMUNITIES = 10_000;

	static final int MEMBERS_PER_COMMUNITY = 15;

	static final int ACTIVITIES_PER_COMMUNITY = 20;

	static final int ATTENDANCE_PER_ACTIVITY = 10;

	private static final String[] GIVEN = { "Rosmawati", "Hotma", "Marulam", "Sri", "Dewi", "Budi", "Andi", "Rina",
			"Yusuf", "Siti", "Agus", "Ratna", "Fitri", "Bonar", "Tiurma", "Lestari", "Hendra", "Nurhayati", "Ahmad",
			"Maria" };

	private static final String[] FAMILY = { "Ginting", "Sinaga", "Sihombing", "Nasution", "Lubis", "Siregar",
			"Harahap", "Simanjuntak", "Tarigan", "Sembiring", "Manurung", "Pardede", "Hasibuan", "Purba", "Saragih" };

	private static final String[] LEVELS = { "SD", "SD", "SD", "SMP", "SMP", "SMA", "SMK", "PAUD" };

	private static final String[] ROLES = { "LEARNING", "DISCUSSION", "MATERIALS", "REFLECTION" };

	private final Random random = new Random(20240527);

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	/**
	 * Member account ids of each community, the facilitator first: what the scenarios
	 * pick from.
	 */
	final Map<Integer, int[]> members = new HashMap<>();

	/** Regency codes of the province, for list filters. */
	final List<String> regencies = new ArrayList<>();

	static boolean present(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from community")) {
			r.next();
			return r.getLong(1) >= COMMUNITIES;
		}
	}

	/** Re-derives the member lists of an existing dataset (same seed, same draws). */
	void plan(Connection c) throws SQLException {
		Map<String, List<String>> districts = districts(c);
		regencies.addAll(districts.keySet());
		int[] schoolRegency = new int[SCHOOLS + 1];
		for (int id = 1; id <= SCHOOLS; id++) {
			schoolRegency[id] = id % regencies.size();
		}
		Map<Integer, List<Integer>> educatorsByRegency = new HashMap<>();
		for (int id = 1; id <= EDUCATORS; id++) {
			educatorsByRegency.computeIfAbsent(schoolRegency[1 + (id - 1) % SCHOOLS], k -> new ArrayList<>()).add(id);
		}
		for (int id = 1; id <= COMMUNITIES; id++) {
			List<Integer> pool = educatorsByRegency.get(id % regencies.size());
			Set<Integer> chosen = new LinkedHashSet<>();
			while (chosen.size() < MEMBERS_PER_COMMUNITY) {
				chosen.add(pool.get(random.nextInt(pool.size())));
			}
			members.put(id, chosen.stream().mapToInt(Integer::intValue).toArray());
		}
	}

	void generate(Connection c) throws SQLException, IOException {
		plan(c);
		Map<String, List<String>> districts = districts(c);
		String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("kombel-demo");
		CopyWriter copy = new CopyWriter(c.unwrap(PGConnection.class));

		copy.start("school (id, npsn, name, level, status, district_code, regency_code, province_code, address)");
		for (int id = 1; id <= SCHOOLS; id++) {
			String regency = regencies.get(id % regencies.size());
			List<String> ds = districts.get(regency);
			String level = LEVELS[id % LEVELS.length];
			copy.row(id, String.format("19%06d", id), level + " Negeri " + id, level, "PUBLIC", ds.get(id % ds.size()),
					regency, "12", "Jl. Pendidikan No. " + id);
		}
		copy.end();

		copy.start(
				"educator (id, name, nuptk, email, position, subject, school_id, district_code, regency_code, province_code, school_level)");
		for (int id = 1; id <= EDUCATORS; id++) {
			int school = 1 + (id - 1) % SCHOOLS;
			String regency = regencies.get(school % regencies.size());
			List<String> ds = districts.get(regency);
			copy.row(id, name(id), String.format("9%015d", id), email(id), "TEACHER", "Guru Kelas", school,
					ds.get(school % ds.size()), regency, "12", LEVELS[school % LEVELS.length]);
		}
		copy.end();

		copy.start("account (id, email, display_name, password_hash, educator_id, enabled, created_at)");
		for (int id = 1; id <= EDUCATORS; id++) {
			copy.row(id, email(id), name(id), hash, id, "t", now);
		}
		copy.end();
		copy.start("account_role (id, account_id, role)");
		for (int id = 1; id <= EDUCATORS; id++) {
			copy.row(id, id, "TEACHER");
		}
		copy.end();

		copy.start(
				"community (id, name, kind, description, meeting_norm, join_policy, levels, subjects, region_code, province_code, regency_code, home_school_id, created_at, last_activity_at)");
		for (int id = 1; id <= COMMUNITIES; id++) {
			String regency = regencies.get(id % regencies.size());
			List<String> ds = districts.get(regency);
			String level = LEVELS[id % LEVELS.length];
			int kind = id % 10;
			Integer school = kind < 6 ? schoolIn(id % regencies.size(), id) : null;
			Instant last = now.minus(id % 9 == 0 ? 70 : id % 30, ChronoUnit.DAYS);
			copy.row(id, "Kombel " + (kind < 6 ? "Sekolah " : "") + level + " " + id,
					kind < 6 ? "SCHOOL" : kind < 9 ? "INTER_SCHOOL" : "ONLINE",
					"Komunitas belajar guru " + level
							+ " untuk berbagi praktik baik dan memecahkan masalah pembelajaran.",
					"Setiap tiga minggu", id % 7 == 0 ? "APPROVAL" : "OPEN", "," + level + ",", "Literasi,Numerasi",
					kind < 9 ? ds.get(id % ds.size()) : regency, "12", regency, school, now.minus(730, ChronoUnit.DAYS),
					last);
		}
		copy.end();

		copy.start(
				"membership (id, community_id, account_id, display_name, role, status, joined_at, last_participated_at)");
		long membershipId = 1;
		for (int id = 1; id <= COMMUNITIES; id++) {
			int[] ms = members.get(id);
			for (int i = 0; i < ms.length; i++) {
				copy.row(membershipId++, id, ms[i], name(ms[i]), i == 0 ? "FACILITATOR" : "MEMBER", "ACTIVE",
						now.minus(700, ChronoUnit.DAYS), i % 5 < 3 ? now.minus(i, ChronoUnit.DAYS) : null);
			}
		}
		copy.end();

		copy.start("goal (id, community_id, purpose, indicator, unit, baseline, target, due_date, created_at)");
		for (int id = 1; id <= COMMUNITIES; id++) {
			copy.row(id, id, "EDUCATE", "A.1 Literasi", "% murid", 40, 70, LocalDate.now().plusMonths(6), now);
		}
		copy.end();
		copy.start("measurement (id, goal_id, measured_value, measured_on, recorded_at)");
		for (int id = 1; id <= COMMUNITIES; id++) {
			copy.row(2L * id - 1, id, 45, LocalDate.now().minusMonths(2), now);
			copy.row(2L * id, id, 52, LocalDate.now().minusMonths(1), now);
		}
		copy.end();
		copy.start("inquiry_cycle (id, community_id, goal_id, number, phase, started_on)");
		for (int id = 1; id <= COMMUNITIES; id++) {
			copy.row(id, id, id, 1, "IMPLEMENTATION", LocalDate.now().minusDays(60));
		}
		copy.end();

		copy.start(
				"activity (id, community_id, title, role, mode, starts_at, ends_at, venue, agenda, check_in_code, closed_at, created_by, created_at)");
		long activityId = 1;
		for (int id = 1; id <= COMMUNITIES; id++) {
			Instant last = now.minus(id % 9 == 0 ? 70 : id % 30, ChronoUnit.DAYS);
			for (int k = 0; k < ACTIVITIES_PER_COMMUNITY; k++) {
				Instant start = last.minus(21L * k, ChronoUnit.DAYS);
				copy.row(activityId++, id, "Pertemuan " + (ACTIVITIES_PER_COMMUNITY - k), ROLES[k % 4], "OFFLINE",
						start, start.plus(2, ChronoUnit.HOURS), "Ruang guru", "1. Pembukaan\n2. Diskusi\n3. Refleksi",
						String.format("%06d", random.nextInt(1_000_000)), start.plus(3, ChronoUnit.HOURS),
						members.get(id)[0], start.minus(7, ChronoUnit.DAYS));
			}
		}
		copy.end();

		copy.start("activity_task (id, activity_id, account_id, display_name, kind)");
		for (long a = 1; a < activityId; a++) {
			int community = (int) ((a - 1) / ACTIVITIES_PER_COMMUNITY) + 1;
			int member = members.get(community)[(int) (a % MEMBERS_PER_COMMUNITY)];
			copy.row(a, a, member, name(member), "NOTE_TAKER");
		}
		copy.end();

		copy.start("attendance (id, activity_id, account_id, display_name, status, method, updated_at)");
		long attendanceId = 1;
		String[] statuses = { "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "REGISTERED",
				"EXCUSED", "ABSENT" };
		for (long a = 1; a < activityId; a++) {
			int community = (int) ((a - 1) / ACTIVITIES_PER_COMMUNITY) + 1;
			int[] ms = members.get(community);
			int offset = (int) (a % MEMBERS_PER_COMMUNITY);
			for (int i = 0; i < ATTENDANCE_PER_ACTIVITY; i++) {
				int member = ms[(offset + i) % ms.length];
				String status = statuses[i];
				copy.row(attendanceId++, a, member, name(member), status,
						status.equals("PRESENT") ? (i % 2 == 0 ? "CODE" : "ROLL") : null, now);
			}
		}
		copy.end();

		try (Statement s = c.createStatement()) {
			for (String table : List.of("school", "educator", "account", "account_role", "community", "membership",
					"goal", "measurement", "inquiry_cycle", "activity", "activity_task", "attendance")) {
				s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
						+ "))");
			}
			s.execute(NameTrigrams.FILL);
			s.execute("analyze");
		}
	}

	private Integer schoolIn(int regencyIndex, int salt) {
		// schools are spread round-robin over regencies: id % regencies == regencyIndex
		int n = regencies.size();
		int base = regencyIndex == 0 ? n : regencyIndex;
		int id = base + n * (salt % (SCHOOLS / n - 1));
		return id <= SCHOOLS ? id : base;
	}

	static String name(int id) {
		return GIVEN[id % GIVEN.length] + " " + FAMILY[(id / GIVEN.length) % FAMILY.length] + " " + id;
	}

	static String email(int id) {
		return "guru" + id + "@bench.kombel.id";
	}

	private static Map<String, List<String>> districts(Connection c) throws SQLException {
		Map<String, List<String>> byRegency = new java.util.TreeMap<>();
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery(
						"select code, parent_code from region where level = 'DISTRICT' and code like '12.%' order by code")) {
			while (r.next()) {
				byRegency.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getString(1));
			}
		}
		return byRegency;
	}

	/** Rows as CSV into one COPY at a time. */
	private static final class CopyWriter {

		private final PGConnection connection;

		private final StringBuilder buffer = new StringBuilder(1 << 20);

		private CopyIn copy;

		CopyWriter(PGConnection connection) {
			this.connection = connection;
		}

		void start(String tableAndColumns) throws SQLException {
			copy = connection.getCopyAPI().copyIn("copy " + tableAndColumns + " from stdin with (format csv)");
		}

		void row(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					buffer.append(',');
				}
				Object v = values[i];
				if (v != null) {
					String text = v.toString();
					buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
				}
			}
			buffer.append('\n');
			if (buffer.length() > (1 << 20) - 4096) {
				flush();
			}
		}

		void end() throws SQLException {
			flush();
			copy.endCopy();
		}

		private void flush() throws SQLException {
			byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			buffer.setLength(0);
		}

	}

}
