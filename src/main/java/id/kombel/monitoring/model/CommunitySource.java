package id.kombel.monitoring.model;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one community's facts (or all communities') from the communities module's tables:
 * what the read model copies. Used for a targeted refresh after an event and for a full
 * rebuild, so the two cannot disagree.
 */
@Component
class CommunitySource {

	/** One row of {@code mon_community}. */
	record Facts(long id, String name, String kind, String levels, String regionCode, String provinceCode,
			String regencyCode, String districtCode, Long homeSchoolId, Instant createdAt, Instant lastActivityAt,
			String state, boolean hasGoal, boolean goalReached, Instant goalBehindFrom, LocalDate cycleClosedOn,
			boolean cycleWithResults) {
	}

	private record Row(long id, String name, String kind, String levels, String regionCode, String provinceCode,
			String regencyCode, Long homeSchoolId, Timestamp createdAt, Timestamp lastActivityAt,
			String schoolDistrict) {
	}

	private record GoalRow(long communityId, long id, BigDecimal baseline, BigDecimal target, Date dueDate,
			Timestamp createdAt, BigDecimal latest) {
	}

	private record CycleRow(long communityId, Date closedOn, BigDecimal resultBefore, BigDecimal resultAfter) {
	}

	private final JdbcClient jdbc;

	CommunitySource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The facts of the community {@code id}, or of every community when it is null. */
	List<Facts> load(Long id, Instant now, Duration stalledAfter) {
		String only = id == null ? "" : " where c.id = :id";
		String onlyOf = id == null ? "" : " where x.community_id = :id";
		List<Row> rows = withId(jdbc.sql("""
				select c.id, c.name, c.kind, c.levels, c.region_code, c.province_code, c.regency_code, c.home_school_id,
				  c.created_at, c.last_activity_at, s.district_code as school_district
				from community c left join school s on s.id = c.home_school_id""" + only), id)
			// by position: a mapper by name looks each camel-case column up through an
			// exception, per row (minutes for a national rebuild)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getObject(8, Long.class), rs.getTimestamp(9),
					rs.getTimestamp(10), rs.getString(11)))
			.list();
		Map<Long, GoalRow> goals = new HashMap<>();
		withId(jdbc.sql("""
				select x.community_id, x.id, x.baseline, x.target, x.due_date, x.created_at,
				  (select m.measured_value from measurement m where m.goal_id = x.id
				   order by m.measured_on desc, m.id desc limit 1) as latest
				from goal x""" + onlyOf), id)
			.query((rs, n) -> new GoalRow(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
					rs.getDate(5), rs.getTimestamp(6), rs.getBigDecimal(7)))
			.list()
			.forEach(g -> goals.merge(g.communityId(), g, (a, b) -> later(a, b)));
		Map<Long, CycleRow> cycles = new HashMap<>();
		withId(jdbc.sql("""
				select x.community_id, x.closed_on, x.result_before, x.result_after
				from inquiry_cycle x where x.closed_on is not null""" + onlyOf.replace(" where", " and")), id)
			.query((rs, n) -> new CycleRow(rs.getLong(1), rs.getDate(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.list()
			.forEach(c -> cycles.merge(c.communityId(), c, (a, b) -> a.closedOn().after(b.closedOn()) ? a : b));
		Instant stalledBefore = now.minus(stalledAfter);
		List<Facts> facts = new ArrayList<>(rows.size());
		for (Row r : rows) {
			Instant last = r.lastActivityAt() == null ? null : r.lastActivityAt().toInstant();
			GoalRow g = goals.get(r.id());
			CycleRow cycle = cycles.get(r.id());
			facts.add(new Facts(r.id(), r.name(), r.kind(), r.levels(), r.regionCode(), r.provinceCode(),
					r.regencyCode(), district(r), r.homeSchoolId(), r.createdAt().toInstant(), last,
					state(last, stalledBefore), g != null, g != null && reached(g), g == null ? null : behindFrom(g),
					cycle == null ? null : cycle.closedOn().toLocalDate(),
					cycle != null && cycle.resultBefore() != null && cycle.resultAfter() != null));
		}
		return facts;
	}

	static String state(Instant last, Instant stalledBefore) {
		if (last == null) {
			return "NOT_STARTED";
		}
		return last.isBefore(stalledBefore) ? "STALLED" : "ACTIVE";
	}

	private static JdbcClient.StatementSpec withId(JdbcClient.StatementSpec spec, Long id) {
		return id == null ? spec : spec.param("id", id);
	}

	private static GoalRow later(GoalRow a, GoalRow b) {
		int byTime = a.createdAt().compareTo(b.createdAt());
		return byTime > 0 || (byTime == 0 && a.id() > b.id()) ? a : b;
	}

	/**
	 * A community's district: its region when that is a district, else its home school's
	 * when the region is a regency holding it. A province-wide community has none (nor a
	 * regency), so it counts in no regency's district either: children add up.
	 */
	private static String district(Row r) {
		long dots = r.regionCode().chars().filter(ch -> ch == '.').count();
		if (dots >= 2) {
			return r.regionCode();
		}
		if (dots == 0) {
			return null;
		}
		String school = r.schoolDistrict();
		return school != null && school.startsWith(r.regionCode()) ? school : null;
	}

	private static boolean reached(GoalRow g) {
		if (g.latest() == null) {
			return false;
		}
		int direction = g.target().compareTo(g.baseline());
		return direction > 0 ? g.latest().compareTo(g.target()) >= 0 : g.latest().compareTo(g.target()) <= 0;
	}

	/**
	 * From when the goal is behind: the moment the share of its time used passes the
	 * share of the way from baseline to target already measured. Stored as a time so the
	 * state needs no recomputation as days go by.
	 */
	private static Instant behindFrom(GoalRow g) {
		Instant start = g.createdAt().toInstant();
		Instant due = g.dueDate()
			.toLocalDate()
			.plusDays(1)
			.atStartOfDay(java.time.ZoneId.of("Asia/Jakarta"))
			.toInstant();
		double progress = 0;
		if (g.latest() != null) {
			double way = g.target().subtract(g.baseline()).doubleValue();
			progress = g.latest().subtract(g.baseline()).doubleValue() / way;
		}
		// the first tenth of the time is on track even before a measurement
		progress = Math.max(0.1, Math.min(1, progress));
		long span = Math.max(0, Duration.between(start, due).toSeconds());
		return start.plusSeconds((long) (span * progress));
	}

}
