package id.kombel.monitoring.model;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Copies one community's facts (or all communities') from the communities module's tables
 * into {@code mon_community}, as one insert-select: used for a targeted refresh after an
 * event and for a full rebuild, so the two cannot disagree, and a national rebuild never
 * carries a row through Java.
 */
@Component
class CommunitySource {

	/**
	 * The facts. The district: the region when it is a district, else the home school's
	 * when the region is a regency holding it; a province-wide community has none (nor a
	 * regency), so it counts in no regency's district either and children add up. The
	 * goal is the latest one (created last), reached by its latest measurement; it is
	 * behind from the moment the share of its time used (from creation to the end of its
	 * due day in Asia/Jakarta, UTC+7 without summer time) passes the share of the way
	 * from baseline to target measured, at least a tenth: stored as a time so the state
	 * needs no recomputation as days go by. The cycle is the latest closed one. The
	 * members are its active memberships (the rows {@code mon_member} gets), and of those
	 * who took part since the stalled-after boundary, how many and the earliest such
	 * participation (when the count next drops by time alone).
	 */
	private static final String INSERT = """
			insert into mon_community (community_id, name, kind, levels, region_code, province_code, regency_code,
			  district_code, home_school_id, created_at, last_activity_at, state, has_goal, goal_reached,
			  goal_behind_from, cycle_closed_on, cycle_with_results, members, members_took_part, took_part_earliest)
			select c.id, c.name, c.kind, c.levels, c.region_code, c.province_code, c.regency_code,
			  case when c.region_code like '%%.%%.%%' then c.region_code
			    when c.region_code like '%%.%%'
			      and substring(s.district_code, 1, length(c.region_code)) = c.region_code then s.district_code end,
			  c.home_school_id, c.created_at, c.last_activity_at,
			  case when c.last_activity_at is null then 'NOT_STARTED'
			    when c.last_activity_at < :stalledBefore then 'STALLED' else 'ACTIVE' end,
			  g.id is not null,
			  case when g.latest is null then false when g.target > g.baseline then g.latest >= g.target
			    else g.latest <= g.target end,
			  g.created_at + interval '1' second * floor(
			    greatest(0, floor(extract(epoch from g.due_date) + 86400 - 25200 - extract(epoch from g.created_at)))
			    * greatest(0.1, least(1, coalesce((g.latest - g.baseline) / nullif(g.target - g.baseline, 0), 0)))),
			  y.closed_on, y.id is not null and y.result_before is not null and y.result_after is not null,
			  coalesce(k.members, 0), coalesce(k.took_part, 0), k.earliest
			from community c left join school s on s.id = c.home_school_id
			left join (select x.id, x.community_id, x.baseline, x.target, x.due_date, x.created_at,
			    (select m.measured_value from measurement m where m.goal_id = x.id
			     order by m.measured_on desc, m.id desc limit 1) as latest
			  from goal x where %1$s and not exists (select 1 from goal z where z.community_id = x.community_id
			    and (z.created_at > x.created_at or (z.created_at = x.created_at and z.id > x.id)))) g
			  on g.community_id = c.id
			left join (select y.id, y.community_id, y.closed_on, y.result_before, y.result_after
			  from inquiry_cycle y where y.closed_on is not null and %2$s and not exists (select 1 from inquiry_cycle z
			    where z.community_id = y.community_id and z.closed_on is not null
			    and (z.closed_on > y.closed_on or (z.closed_on = y.closed_on and z.id > y.id)))) y
			  on y.community_id = c.id
			left join (select k.community_id, count(*) as members,
			    sum(case when k.last_participated_at >= :stalledBefore then 1 else 0 end) as took_part,
			    min(case when k.last_participated_at >= :stalledBefore then k.last_participated_at end) as earliest
			  from membership k where k.status = 'ACTIVE' and %4$s group by k.community_id) k
			  on k.community_id = c.id
			where %3$s""";

	private final JdbcClient jdbc;

	CommunitySource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the facts of the community {@code id}, or of every community when it is null
	 * (its rows deleted before); how many rows were written.
	 */
	int copy(Long id, Instant now, Duration stalledAfter) {
		String sql = id == null ? INSERT.formatted("1=1", "1=1", "1=1", "1=1") : INSERT
			.formatted("x.community_id = :id", "y.community_id = :id", "c.id = :id", "k.community_id = :id");
		var spec = jdbc.sql(sql).param("stalledBefore", Timestamp.from(now.minus(stalledAfter)));
		return (id == null ? spec : spec.param("id", id)).update();
	}

}
