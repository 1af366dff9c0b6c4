package id.kombel.communities;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.shared.Level;
import id.kombel.shared.access.Scope;

/**
 * The inquiry cycles of many communities at once, for reports over an area (monitoring's
 * compliance report): each community the scope covers as a partner, with the cycles that
 * ran in a period. Read in one query, not through the entities, since an area holds
 * hundreds of communities.
 */
@Service
@Transactional(readOnly = true)
public class CommunityCycles {

	/** A community and one of its cycles in the period (none: it ran no cycle then). */
	public record Entry(long communityId, String communityName, CommunityKind kind, List<Level> levels,
			String regionCode, Long homeSchoolId, Cycle cycle) {
	}

	/**
	 * A cycle as a report shows it. {@code phase} is the phase it stands in (REFLECTION,
	 * PLANNING, IMPLEMENTATION, EVALUATION); the {@code …On} days are when each phase was
	 * reached, null where not reached or not recorded (cycles kept before the days were).
	 */
	public record Cycle(long id, int number, String phase, LocalDate startedOn, LocalDate planningOn,
			LocalDate implementationOn, LocalDate evaluationOn, LocalDate closedOn, BigDecimal resultBefore,
			BigDecimal resultAfter, String evidenceName, String evidenceLinks, Goal goal) {
	}

	/** The goal a cycle served. */
	public record Goal(long id, Purpose purpose, String indicator, String unit, BigDecimal baseline,
			BigDecimal target) {
	}

	private static final String SELECT = """
			select c.id, c.name, c.kind, c.levels, c.region_code, c.home_school_id,
			       y.id as cycle_id, y.number, y.phase, y.started_on, y.planning_on, y.implementation_on,
			       y.evaluation_on, y.closed_on, y.result_before, y.result_after, y.evidence_name, y.evidence_links,
			       g.id as goal_id, g.purpose, g.indicator, g.unit, g.baseline, g.target
			from community c
			left join inquiry_cycle y on y.community_id = c.id and y.started_on <= :to
			     and (y.closed_on is null or y.closed_on >= :from)
			left join goal g on g.id = y.goal_id
			""";

	private static final String ORDER = " order by c.home_school_id, c.name, c.id, y.number";

	private final JdbcClient jdbc;

	CommunityCycles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The communities placed in the region (or below it) that the scope covers, each with
	 * the cycles that were open at some day from {@code from} to {@code to}.
	 */
	public List<Entry> inRegion(Scope scope, String regionCode, LocalDate from, LocalDate to) {
		String where = switch ((int) regionCode.chars().filter(c -> c == '.').count()) {
			case 0 -> " where c.province_code = :code";
			case 1 -> " where c.regency_code = :code";
			default -> " where (c.region_code = :code or c.region_code like :below)";
		};
		return jdbc.sql(SELECT + where + ORDER)
			.param("code", regionCode)
			.param("below", regionCode + ".%")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(CommunityCycles::entry)
			.list()
			.stream()
			.filter(e -> CommunityPolicy.partner(scope, e.homeSchoolId(), e.levels(), e.regionCode()))
			.toList();
	}

	/** The communities of one school (in-school ones are placed at it), as above. */
	public List<Entry> atSchool(Scope scope, long schoolId, LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " where c.home_school_id = :school" + ORDER)
			.param("school", schoolId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query(CommunityCycles::entry)
			.list()
			.stream()
			.filter(e -> CommunityPolicy.partner(scope, e.homeSchoolId(), e.levels(), e.regionCode()))
			.toList();
	}

	private static Entry entry(ResultSet rs, int n) throws SQLException {
		List<Level> levels = Arrays.stream(rs.getString("levels").split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(Level::valueOf)
			.toList();
		long homeSchool = rs.getLong("home_school_id");
		Long homeSchoolId = rs.wasNull() ? null : homeSchool;
		Cycle cycle = null;
		long cycleId = rs.getLong("cycle_id");
		if (!rs.wasNull()) {
			Goal goal = null;
			long goalId = rs.getLong("goal_id");
			if (!rs.wasNull()) {
				goal = new Goal(goalId, Purpose.valueOf(rs.getString("purpose")), rs.getString("indicator"),
						rs.getString("unit"), plain(rs.getBigDecimal("baseline")), plain(rs.getBigDecimal("target")));
			}
			cycle = new Cycle(cycleId, rs.getInt("number"), rs.getString("phase"), day(rs, "started_on"),
					day(rs, "planning_on"), day(rs, "implementation_on"), day(rs, "evaluation_on"),
					day(rs, "closed_on"), plain(rs.getBigDecimal("result_before")),
					plain(rs.getBigDecimal("result_after")), rs.getString("evidence_name"),
					rs.getString("evidence_links"), goal);
		}
		return new Entry(rs.getLong("id"), rs.getString("name"), CommunityKind.valueOf(rs.getString("kind")), levels,
				rs.getString("region_code"), homeSchoolId, cycle);
	}

	private static LocalDate day(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
