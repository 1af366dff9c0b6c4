package id.kombel.monitoring.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.communities.FacilitatorRanking;
import id.kombel.shared.Level;
import id.kombel.shared.access.Scope;

/**
 * Who needs help and who can help, in a place: the lists an office acts on, each from the
 * read model through the account's scope; the helpers are the communities module's
 * speaker ranking.
 */
@Component
class HelpLists {

	/** A community that has not started this long after it was created is listed. */
	static final Duration NOT_STARTED_AFTER = Duration.ofDays(28);

	private static final int LIMIT = 20;

	record Help(List<Listed> notStarted, List<Listed> behind, List<SchoolRow> schoolsWithout, List<Trained> trainedIdle,
			List<FacilitatorRanking.Candidate> helpers) {
	}

	record Listed(long id, String name, String regionCode, Instant since) {
	}

	record SchoolRow(long id, String name, String level, String districtCode) {
	}

	/**
	 * A facilitator who attended a programme event while their community held nothing
	 * since.
	 */
	record Trained(long communityId, String communityName, Instant attendedAt, Instant lastActivityAt) {
	}

	private final JdbcClient jdbc;

	private final FacilitatorRanking ranking;

	private final Clock clock;

	HelpLists(JdbcClient jdbc, FacilitatorRanking ranking, Clock clock) {
		this.jdbc = jdbc;
		this.ranking = ranking;
		this.clock = clock;
	}

	Help of(Scope scope, Place place, Level level) {
		Instant now = clock.instant();
		return new Help(notStarted(scope, place, level, now), behind(scope, place, level, now),
				schoolsWithout(scope, place, level), trainedIdle(scope, place, level), helpers(scope, place));
	}

	List<Listed> notStarted(Scope scope, Place place, Level level, Instant now) {
		Map<String, Object> p = Figures.params(place);
		p.put("before", Timestamp.from(now.minus(NOT_STARTED_AFTER)));
		return jdbc.sql("select c.community_id, c.name, c.region_code, c.created_at from mon_community c where "
				+ Figures.where(scope, place, level, p, "c")
				+ " and c.state = 'NOT_STARTED' and c.created_at < :before order by c.created_at, c.community_id limit "
				+ LIMIT)
			.params(p)
			.query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	List<Listed> behind(Scope scope, Place place, Level level, Instant now) {
		Map<String, Object> p = Figures.params(place);
		p.put("now", Timestamp.from(now));
		return jdbc
			.sql("select c.community_id, c.name, c.region_code, c.goal_behind_from from mon_community c where "
					+ Figures.where(scope, place, level, p, "c")
					+ " and c.has_goal and not c.goal_reached and c.goal_behind_from < :now"
					+ " order by c.goal_behind_from, c.community_id limit " + LIMIT)
			.params(p)
			.query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	List<SchoolRow> schoolsWithout(Scope scope, Place place, Level level) {
		Map<String, Object> p = Figures.params(place);
		return jdbc.sql("select s.school_id as id, s.name, s.level, s.district_code from mon_school s where "
				+ Figures.where(scope, place, level, p, "s")
				+ " and not exists (select 1 from mon_community x where x.home_school_id = s.school_id and x.kind = 'SCHOOL')"
				+ " order by s.district_code, s.name limit " + LIMIT)
			.params(p)
			.query(SchoolRow.class)
			.list();
	}

	List<Trained> trainedIdle(Scope scope, Place place, Level level) {
		Map<String, Object> p = Figures.params(place);
		return jdbc.sql("select c.community_id, c.name, max(t.attended_at) as attended_at, c.last_activity_at"
				+ " from mon_participant t join mon_member m on m.account_id = t.account_id and m.role = 'FACILITATOR'"
				+ " join mon_community c on c.community_id = m.community_id where t.attended_at is not null and "
				+ Figures.where(scope, place, level, p, "c")
				+ " and (c.last_activity_at is null or c.last_activity_at < t.attended_at)"
				+ " group by c.community_id, c.name, c.last_activity_at order by attended_at limit " + LIMIT)
			.params(p)
			.query((rs, n) -> {
				Timestamp last = rs.getTimestamp(4);
				return new Trained(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						last == null ? null : last.toInstant());
			})
			.list();
	}

	/**
	 * The ranking is by province or regency (a district or school asks its regency) and
	 * names communities of every level: shown only to accounts that see that region
	 * whole.
	 */
	List<FacilitatorRanking.Candidate> helpers(Scope scope, Place place) {
		if (place.nation()) {
			return List.of();
		}
		String code = place.school() ? place.parentCode() : place.code();
		String[] parts = code.split("\\.");
		String region = parts.length >= 2 ? parts[0] + "." + parts[1] : parts[0];
		return scope.coversRegion(region) ? ranking.rank(region, 5) : List.of();
	}

}
