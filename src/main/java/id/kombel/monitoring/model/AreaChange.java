package id.kombel.monitoring.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One event's change to the area figures: what its things added to their areas before the
 * change, taken when it is made; {@link #done} takes it again after the change and adds
 * the difference to {@code mon_area} (and, for communities, the held activities per month
 * to {@code mon_area_month}).
 */
final class AreaChange {

	private record Month(String province, String regency, String district, String levels, String month) {
	}

	private final AreaTotals areas;

	private final JdbcClient jdbc;

	private final AreaSql.Filter filter;

	private final Map<String, Object> params;

	private final Map<AreaTotals.Key, AreaTotals.Counts> before;

	private final Map<Month, Long> monthsBefore;

	AreaChange(JdbcClient jdbc, AreaTotals areas, AreaSql.Filter filter, Map<String, Object> params) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.filter = filter;
		this.params = params;
		this.before = filter == null ? Map.of() : areas.snapshot(filter, params);
		this.monthsBefore = months();
	}

	/** After the change: the difference, added to the areas. */
	void done() {
		if (filter == null) {
			return;
		}
		areas.apply(before, areas.snapshot(filter, params));
		Map<Month, Long> after = months();
		Map<Month, Long> delta = new HashMap<>(after);
		monthsBefore.forEach((k, v) -> delta.merge(k, -v, Long::sum));
		delta.forEach((k, d) -> {
			if (d != 0) {
				areas.held(new String[] { k.province(), k.regency(), k.district() }, k.levels(), k.month(), d);
			}
		});
	}

	private Map<Month, Long> months() {
		Map<Month, Long> out = new HashMap<>();
		if (filter == null || !params.containsKey("ids")) {
			return out;
		}
		jdbc.sql("""
				select c.province_code, c.regency_code, c.district_code, c.levels, a.held_month, count(*) as n
				from mon_activity a join mon_community c on c.community_id = a.community_id
				where c.community_id in (:ids)
				group by c.province_code, c.regency_code, c.district_code, c.levels, a.held_month""")
			.param("ids", params.get("ids"))
			.query((rs,
					i) -> out.put(new Month(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5)), rs.getLong(6)))
			.list();
		return out;
	}

	/** Where the changes come from: the things each event touches. */
	static final class Changes {

		private final JdbcClient jdbc;

		private final AreaTotals areas;

		Changes(JdbcClient jdbc, AreaTotals areas) {
			this.jdbc = jdbc;
			this.areas = areas;
		}

		AreaChange community(long id) {
			return communities(List.of(id));
		}

		/**
		 * Communities, with the educators who are or become their members and their home
		 * schools (whether a school has a community may change).
		 */
		AreaChange communities(List<Long> ids) {
			Map<String, Object> p = new HashMap<>();
			p.put("ids", ids);
			List<Long> educators = jdbc.sql("""
					select educator_id from mon_member where community_id in (:ids) and educator_id is not null
					union select a.educator_id from membership m join account a on a.id = m.account_id
					where m.community_id in (:ids) and m.status = 'ACTIVE' and a.educator_id is not null""")
				.param("ids", ids)
				.query(Long.class)
				.list();
			List<Long> schools = jdbc.sql("""
					select home_school_id from mon_community where community_id in (:ids) and home_school_id is not null
					union select home_school_id from community where id in (:ids) and home_school_id is not null""")
				.param("ids", ids)
				.query(Long.class)
				.list();
			AreaSql.Filter f = AreaSql.Filter.NONE.communities("c.community_id in (:ids)");
			if (!educators.isEmpty()) {
				p.put("educators", educators);
				f = f.members("m.educator_id in (:educators)");
			}
			if (!schools.isEmpty()) {
				p.put("schools", schools);
				f = f.schools("s.school_id in (:schools)");
			}
			return new AreaChange(jdbc, areas, f, p);
		}

		/**
		 * Members who took part ({@code [communityId, accountId]} pairs): their
		 * educators' figures, where they count.
		 */
		AreaChange members(List<Object[]> pairs) {
			List<Long> educators = jdbc.sql("""
					select distinct educator_id from mon_member where (community_id, account_id) in (:pairs)
					and educator_id is not null""").param("pairs", pairs).query(Long.class).list();
			return educators.isEmpty() ? new AreaChange(jdbc, areas, null, Map.of()) : new AreaChange(jdbc, areas,
					AreaSql.Filter.NONE.members("m.educator_id in (:educators)"), Map.of("educators", educators));
		}

		AreaChange participants(long eventId, Long participantId) {
			return participantId == null
					? new AreaChange(jdbc, areas, AreaSql.Filter.NONE.participants("p.event_id = :event"),
							Map.of("event", eventId))
					: new AreaChange(jdbc, areas, AreaSql.Filter.NONE.participants("p.participant_id = :participant"),
							Map.of("participant", participantId));
		}

		AreaChange school(long schoolId) {
			return new AreaChange(jdbc, areas, AreaSql.Filter.NONE.schools("s.school_id = :school"),
					Map.of("school", schoolId));
		}

	}

}
