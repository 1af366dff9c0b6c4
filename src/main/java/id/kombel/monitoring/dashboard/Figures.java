package id.kombel.monitoring.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.monitoring.Summary;
import id.kombel.shared.Level;
import id.kombel.shared.access.Scope;

/**
 * Counts over the read model for one place, as a whole ({@link #total}) or per child area
 * ({@link #byChild}), always through {@link Visibility}. A row without a child (a
 * regency-wide community has no district) is counted under the key {@code null}, so the
 * children add up to the parent. Educators (members or not) are counted where their
 * school is, at every level, so each is counted once in an area and in exactly one of its
 * children.
 */
@Component
class Figures {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private static final Duration RECENT = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AreaFigures areas;

	Figures(JdbcClient jdbc, Clock clock, AreaFigures areas) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.clock = clock;
	}

	Tally total(Scope scope, Place place, Level level) {
		Map<String, Tally> all = tally(scope, place, level, false);
		return all.isEmpty() ? new Tally() : all.values().iterator().next();
	}

	Map<String, Tally> byChild(Scope scope, Place place, Level level) {
		return tally(scope, place, level, true);
	}

	/** The place's figures and its children's, at once (from the totals when it can). */
	AreaFigures.Whole whole(Scope scope, Place place, Level level) {
		if (areas.covers(scope, place)) {
			return areas.whole(scope, place, level);
		}
		Map<String, Tally> total = counted(scope, place, level, false);
		return new AreaFigures.Whole(total.isEmpty() ? new Tally() : total.values().iterator().next(),
				counted(scope, place, level, true));
	}

	private Map<String, Tally> tally(Scope scope, Place place, Level level, boolean grouped) {
		if (areas.covers(scope, place)) {
			return areas.tally(scope, place, level, grouped);
		}
		return counted(scope, place, level, grouped);
	}

	/** The figures counted from the rows: the way for districts, schools and parts. */
	Map<String, Tally> counted(Scope scope, Place place, Level level, boolean grouped) {
		Map<String, Tally> out = new LinkedHashMap<>();
		Function<String, Tally> at = k -> out.computeIfAbsent(k, x -> new Tally());
		Instant now = clock.instant();
		LocalDate[] semester = semester(LocalDate.now(clock.withZone(JAKARTA)));
		Map<String, Object> p = params(place);
		String c = where(scope, place, level, p, "c");
		String gc = grouped ? group(place, "c") : "'*'";
		// a constant is no GROUP BY key (PostgreSQL): the whole place is one group
		p.put("now", Timestamp.from(now));
		p.put("semFrom", Date.valueOf(semester[0]));
		p.put("semTo", Date.valueOf(semester[1]));
		p.put("since", Timestamp.from(now.minus(RECENT)));
		jdbc.sql("select " + gc + " as k, c.state as state, count(*) as n,"
				+ " sum(case when c.has_goal then 1 else 0 end) as goals,"
				+ " sum(case when c.has_goal and c.goal_reached then 1 else 0 end) as reached,"
				+ " sum(case when c.has_goal and not c.goal_reached and c.goal_behind_from < :now then 1 else 0 end) as behind,"
				+ " sum(case when c.cycle_with_results and c.cycle_closed_on between :semFrom and :semTo then 1 else 0 end) as cycles"
				+ " from mon_community c where " + c
				+ (grouped ? " group by " + gc + ", c.state" : " group by c.state"))
			.params(p)
			.query((rs, n) -> {
				Tally t = at.apply(rs.getString("k"));
				long count = rs.getLong("n");
				switch (rs.getString("state")) {
					case "ACTIVE" -> t.active += count;
					case "STALLED" -> t.stalled += count;
					default -> t.notStarted += count;
				}
				t.withGoal += rs.getLong("goals");
				t.reached += rs.getLong("reached");
				t.behind += rs.getLong("behind");
				t.onTrack += rs.getLong("goals") - rs.getLong("reached") - rs.getLong("behind");
				t.cycles += rs.getLong("cycles");
				return null;
			})
			.list();
		// an educator who is a member is counted once, where their school is
		String m = where(scope, place, level, p, "m");
		String gm = grouped ? group(place, "m") : "'*'";
		jdbc.sql("select " + gm + " as k, count(distinct m.educator_id) as members,"
				+ " count(distinct case when m.last_participated_at >= :since then m.educator_id end) as active"
				+ " from mon_member m where m.educator_id is not null and " + m + (grouped ? " group by " + gm : ""))
			.params(p)
			.query((rs, n) -> {
				Tally t = at.apply(rs.getString("k"));
				t.members += rs.getLong("members");
				t.activeMembers += rs.getLong("active");
				return null;
			})
			.list();
		String s = where(scope, place, level, p, "s");
		String gs = grouped ? group(place, "s") : "'*'";
		String byS = grouped ? " group by " + gs : "";
		jdbc.sql("select " + gs + " as k, count(*) as n, sum(s.educators) as educators,"
				+ " sum(case when exists (select 1 from mon_community x where x.home_school_id = s.school_id"
				+ " and x.kind = 'SCHOOL') then 1 else 0 end) as with_community from mon_school s where " + s + byS)
			.params(p)
			.query((rs, n) -> {
				Tally t = at.apply(rs.getString("k"));
				t.schools += rs.getLong("n");
				t.educators += rs.getLong("educators");
				t.withCommunity += rs.getLong("with_community");
				return null;
			})
			.list();
		String pp = where(scope, place, level, p, "p");
		String gp = grouped ? group(place, "p") : "'*'";
		String byP = grouped ? " group by " + gp : "";
		jdbc.sql(
				"select " + gp + " as k, count(*) as n, sum(case when p.attended_at is not null then 1 else 0 end) as a"
						+ " from mon_participant p where " + pp + byP)
			.params(p)
			.query((rs, n) -> {
				Tally t = at.apply(rs.getString("k"));
				t.registered += rs.getLong("n");
				t.attended += rs.getLong("a");
				return null;
			})
			.list();
		return out;
	}

	/**
	 * Held activities per month, the last twelve months (this one included), zeros kept.
	 */
	List<Summary.Month> months(Scope scope, Place place, Level level) {
		YearMonth now = YearMonth.now(clock.withZone(JAKARTA));
		Map<String, Object> p = params(place);
		p.put("from", now.minusMonths(11).toString());
		Map<String, Long> held = areas.covers(scope, place)
				? areas.months(scope, place, level, now.minusMonths(11).toString()) : counted(scope, place, level, p);
		List<Summary.Month> months = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			String m = now.minusMonths(i).toString();
			months.add(new Summary.Month(m, held.getOrDefault(m, 0L)));
		}
		return months;
	}

	Map<String, Long> counted(Scope scope, Place place, Level level, Map<String, Object> p) {
		Map<String, Long> held = new HashMap<>();
		jdbc.sql("select a.held_month as m, count(*) as n from mon_activity a join mon_community c"
				+ " on c.community_id = a.community_id where a.held_month >= :from and "
				+ where(scope, place, level, p, "c") + " group by a.held_month")
			.params(p)
			.query((rs, n) -> held.put(rs.getString("m"), rs.getLong("n")))
			.list();
		return held;
	}

	static Map<String, Object> params(Place place) {
		Map<String, Object> p = new HashMap<>();
		p.put("place", place.code());
		p.put("placeSchool", place.schoolId() == null ? -1L : place.schoolId());
		return p;
	}

	/**
	 * The place, the level and the account's scope, for the table under {@code alias}.
	 */
	static String where(Scope scope, Place place, Level level, Map<String, Object> p, String alias) {
		String inPlace = switch (place.level()) {
			case "NATION" -> "1=1";
			// a province-wide community hosted by the school counts in the province only
			case "SCHOOL" -> alias + "." + schoolColumn(alias) + " = :placeSchool"
					+ (alias.equals("c") ? " and c.district_code is not null" : "");
			default -> alias + "." + place.level().toLowerCase() + "_code = :place";
		};
		String levelFilter = level == null ? "1=1" : alias.equals("c") ? Visibility.communityLevel(level)
				: alias + (alias.equals("m") ? ".school_level" : ".level") + " = '" + level.name() + "'";
		String visible = switch (alias) {
			case "c" -> Visibility.communities(scope, p);
			case "s" -> Visibility.schools(scope, p);
			case "m" -> Visibility.members(scope, p);
			default -> Visibility.participants(scope, p);
		};
		return inPlace + " and " + levelFilter + " and " + visible;
	}

	private static String schoolColumn(String alias) {
		return alias.equals("c") ? "home_school_id" : "school_id";
	}

	/** The column naming a row's child of the place. */
	static String group(Place place, String alias) {
		return switch (place.level()) {
			case "NATION" -> alias + ".province_code";
			case "PROVINCE" -> alias + ".regency_code";
			case "REGENCY" -> alias + ".district_code";
			default -> "cast(" + alias + "." + schoolColumn(alias) + " as varchar(20))";
		};
	}

	/**
	 * The school semester containing {@code day}: January to June, or July to December.
	 */
	static LocalDate[] semester(LocalDate day) {
		LocalDate from = LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
		return new LocalDate[] { from, from.plusMonths(6).minusDays(1) };
	}

}
