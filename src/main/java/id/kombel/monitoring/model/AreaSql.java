package id.kombel.monitoring.model;

import java.util.List;

/**
 * What {@code mon_area} adds up, as SQL: one row per counted thing (a community, a
 * school, an educator who is a member, a programme participant) with where it is, its
 * levels key, its counts and when time alone changes them. The same rows make an area's
 * figures again ({@link #byArea}) and the change one event makes ({@link #byPlace}), so
 * the two cannot disagree. Counts follow the dashboard's: communities by state, goals,
 * cycles this semester; schools with an in-school community; educators who are members
 * (once, where their school is) and who took part in the last 90 days; participants.
 */
final class AreaSql {

	static final List<String> COUNTS = List.of("not_started", "active", "stalled", "with_goal", "reached", "behind",
			"cycles", "schools", "with_community", "educators", "members", "active_members", "registered", "attended");

	private static final String ITEMS = """
			select c.province_code, c.regency_code, c.district_code, c.levels,
			  case when c.state = 'NOT_STARTED' then 1 else 0 end as not_started,
			  case when c.state = 'ACTIVE' then 1 else 0 end as active,
			  case when c.state = 'STALLED' then 1 else 0 end as stalled,
			  case when c.has_goal then 1 else 0 end as with_goal,
			  case when c.has_goal and c.goal_reached then 1 else 0 end as reached,
			  case when c.has_goal and not c.goal_reached and c.goal_behind_from < :now then 1 else 0 end as behind,
			  case when c.cycle_with_results and c.cycle_closed_on between :semFrom and :semTo then 1 else 0 end as cycles,
			  0 as schools, 0 as with_community, 0 as educators, 0 as members, 0 as active_members, 0 as registered,
			  0 as attended,
			  case when c.has_goal and not c.goal_reached and c.goal_behind_from >= :now then c.goal_behind_from end
			    as behind_at,
			  cast(null as timestamp with time zone) as took_part_at
			from mon_community c where %s
			union all
			select s.province_code, s.regency_code, s.district_code, ',' || s.level || ',', 0, 0, 0, 0, 0, 0, 0, 1,
			  case when exists (select 1 from mon_community x where x.home_school_id = s.school_id
			    and x.kind = 'SCHOOL') then 1 else 0 end, s.educators, 0, 0, 0, 0, null, null
			from mon_school s where %s
			union all
			select e.province_code, e.regency_code, e.district_code, coalesce(',' || e.school_level || ',', ',,'),
			  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, case when e.last_at >= :since then 1 else 0 end, 0, 0, null,
			  case when e.last_at >= :since then e.last_at end
			from (select m.educator_id, m.province_code, m.regency_code, m.district_code, m.school_level,
			    max(m.last_participated_at) as last_at
			  from mon_member m where m.educator_id is not null and %s
			  group by m.educator_id, m.province_code, m.regency_code, m.district_code, m.school_level) e
			union all
			select p.province_code, p.regency_code, p.district_code, coalesce(',' || p.level || ',', ',,'),
			  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, case when p.attended_at is not null then 1 else 0 end, null, null
			from mon_participant p where %s""";

	/** Which rows of each part to take (SQL conditions over c, s, m and p). */
	record Filter(String communities, String schools, String members, String participants) {

		static final Filter ALL = new Filter("1=1", "1=1", "1=1", "1=1");

		static final Filter NONE = new Filter("1=0", "1=0", "1=0", "1=0");

		/** Everything in the area {@code code} of the column {@code column}. */
		static Filter area(String column) {
			return new Filter("c." + column + " = :code", "s." + column + " = :code", "m." + column + " = :code",
					"p." + column + " = :code");
		}

		Filter communities(String sql) {
			return new Filter(sql, schools, members, participants);
		}

		Filter schools(String sql) {
			return new Filter(communities, sql, members, participants);
		}

		Filter members(String sql) {
			return new Filter(communities, schools, sql, participants);
		}

		Filter participants(String sql) {
			return new Filter(communities, schools, members, sql);
		}

	}

	private static String items(Filter f) {
		return ITEMS.formatted(f.communities(), f.schools(), f.members(), f.participants());
	}

	private static String sums() {
		return String.join(", ", COUNTS.stream().map(c -> "sum(x." + c + ") as " + c).toList())
				+ ", min(x.behind_at) as behind_at, min(x.took_part_at) as took_part_at";
	}

	/**
	 * The rows of every area of one column (province_code, regency_code, district_code).
	 */
	static String byArea(String column, Filter f) {
		return "select x." + column + " as code, x.levels, " + sums() + " from (" + items(f) + ") x where x." + column
				+ " is not null group by x." + column + ", x.levels";
	}

	/** The same, kept apart by where each thing is (to be added to its three areas). */
	static String byPlace(Filter f) {
		return "select x.province_code, x.regency_code, x.district_code, x.levels, " + sums() + " from (" + items(f)
				+ ") x group by x.province_code, x.regency_code, x.district_code, x.levels";
	}

	/** Held activities per month, of every area of one column. */
	static String months(String column, String parent, String where) {
		return "select c." + column + " as code, " + parent + " as parent, c.levels, a.held_month, count(*) as held"
				+ " from mon_activity a join mon_community c on c.community_id = a.community_id where c." + column
				+ " is not null and " + where + " group by c." + column + (parent.startsWith("c.") ? ", " + parent : "")
				+ ", c.levels, a.held_month";
	}

	/**
	 * The column of an area's code: a province has no dot, a regency one, a district two.
	 */
	static String column(String code) {
		long dots = code.chars().filter(ch -> ch == '.').count();
		return dots == 0 ? "province_code" : dots == 1 ? "regency_code" : "district_code";
	}

	static String parent(String code) {
		int dot = code.lastIndexOf('.');
		return dot < 0 ? "" : code.substring(0, dot);
	}

	private AreaSql() {
	}

}
