package id.kombel.communities.community;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.communities.CommunityKind;
import id.kombel.communities.GoalView;
import id.kombel.communities.JoinPolicy;
import id.kombel.communities.MemberRole;
import id.kombel.communities.MemberStatus;
import id.kombel.communities.MemberView;
import id.kombel.communities.Purpose;
import id.kombel.communities.StarterStep;
import id.kombel.communities.cycle.CycleView;
import id.kombel.communities.cycle.Phase;
import id.kombel.shared.Level;

/**
 * Reads what community snapshots hold in four plain statements, for one community or a
 * page of them (the community with its starter steps, its people, its goals with their
 * measurements, its cycles), straight into view records: no entities, no persistence
 * context, no statement per goal. This is the miss path of every community page and API
 * call, so it is kept lean (issue 17).
 */
@Component
class SnapshotReader {

	/** The community's row as read, before health and participation are computed. */
	record Row(long id, String name, CommunityKind kind, String description, String meetingNorm, JoinPolicy joinPolicy,
			List<Level> levels, List<String> subjects, String regionCode, Long homeSchoolId, Instant createdAt,
			Instant lastActivityAt, Set<StarterStep> stepsDone, Integer certificateHours) {
	}

	private final JdbcClient jdbc;

	SnapshotReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The community with its starter steps; null when there is none. */
	Row community(long id) {
		return communities(List.of(id)).get(id);
	}

	/**
	 * The communities of these ids that exist, with their starter steps, in one
	 * statement.
	 */
	Map<Long, Row> communities(Collection<Long> ids) {
		Map<Long, Row> rows = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return rows;
		}
		jdbc.sql("""
				select c.id, c.name, c.kind, c.description, c.meeting_norm, c.join_policy, c.levels, c.subjects,
				       c.region_code, c.home_school_id, c.created_at, c.last_activity_at, s.step, c.certificate_hours
				from community c left join community_step s on s.community_id = c.id
				where c.id in (:ids)""").param("ids", ids).query(rs -> {
			String step = rs.getString(13);
			Row row = rows.get(rs.getLong(1));
			if (row == null) {
				row = new Row(rs.getLong(1), rs.getString(2), CommunityKind.valueOf(rs.getString(3)), rs.getString(4),
						rs.getString(5), enumOrNull(JoinPolicy.class, rs.getString(6)),
						split(rs.getString(7)).stream().map(Level::valueOf).toList(), split(rs.getString(8)),
						rs.getString(9), (Long) rs.getObject(10, Long.class), instant(rs, 11), instant(rs, 12),
						EnumSet.noneOf(StarterStep.class), (Integer) rs.getObject(14, Integer.class));
				rows.put(row.id(), row);
			}
			if (step != null) {
				row.stepsDone().add(StarterStep.valueOf(step));
			}
		});
		rows.replaceAll((id, r) -> new Row(r.id(), r.name(), r.kind(), r.description(), r.meetingNorm(), r.joinPolicy(),
				r.levels(), r.subjects(), r.regionCode(), r.homeSchoolId(), r.createdAt(), r.lastActivityAt(),
				Set.copyOf(r.stepsDone()), r.certificateHours()));
		return rows;
	}

	/**
	 * The communities the account belongs to (active or pending), in the order it joined
	 * them.
	 */
	List<Long> communitiesOf(long accountId) {
		return jdbc.sql("select community_id from membership where account_id = ? order by id")
			.param(accountId)
			.query(Long.class)
			.list();
	}

	/** Its people, facilitators first, then by name (as the page lists them). */
	List<MemberView> members(long id) {
		return members(List.of(id)).getOrDefault(id, List.of());
	}

	/**
	 * The people of each of these communities (none: absent), each as
	 * {@link #members(long)}.
	 */
	Map<Long, List<MemberView>> members(Collection<Long> ids) {
		Map<Long, List<MemberView>> members = new HashMap<>();
		if (ids.isEmpty()) {
			return members;
		}
		jdbc.sql("""
				select community_id, account_id, display_name, role, status, joined_at, last_participated_at
				from membership where community_id in (:ids) order by community_id, role, display_name""")
			.param("ids", ids)
			.query(rs -> {
				members.computeIfAbsent(rs.getLong(1), c -> new ArrayList<>())
					.add(new MemberView(rs.getLong(2), rs.getString(3), MemberRole.valueOf(rs.getString(4)),
							MemberStatus.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7)));
			});
		return members;
	}

	/** Its goals, soonest due first, each with its measurements in the order taken. */
	List<GoalView> goals(long id) {
		return goals(List.of(id)).getOrDefault(id, List.of());
	}

	/**
	 * The goals of each of these communities (none: absent), each as
	 * {@link #goals(long)}.
	 */
	Map<Long, List<GoalView>> goals(Collection<Long> ids) {
		Map<Long, Long> communityOf = new HashMap<>();
		Map<Long, List<Object>> goals = new LinkedHashMap<>();
		Map<Long, List<GoalMeasured>> measured = new HashMap<>();
		Map<Long, List<GoalView>> views = new HashMap<>();
		if (ids.isEmpty()) {
			return views;
		}
		jdbc.sql("""
				select g.id, g.purpose, g.indicator, g.description, g.unit, g.baseline, g.target, g.due_date,
				       m.id, m.measured_value, m.measured_on, m.note, m.recorded_at, g.community_id
				from goal g left join measurement m on m.goal_id = g.id
				where g.community_id in (:ids)
				order by g.community_id, g.due_date, g.id, m.measured_on, m.id""").param("ids", ids).query(rs -> {
			long goal = rs.getLong(1);
			communityOf.putIfAbsent(goal, rs.getLong(14));
			goals.computeIfAbsent(goal, g -> readGoal(rs, g));
			List<GoalMeasured> list = measured.computeIfAbsent(goal, g -> new ArrayList<>());
			long m = rs.getLong(9);
			if (!rs.wasNull()) {
				list.add(new GoalMeasured(new GoalView.MeasurementView(m, rs.getBigDecimal(10),
						rs.getObject(11, LocalDate.class), rs.getString(12)), instant(rs, 13)));
			}
		});
		goals.forEach((goal, g) -> {
			long community = communityOf.get(goal);
			views.computeIfAbsent(community, c -> new ArrayList<>())
				.add(goalView(community, goal, g, measured.get(goal)));
		});
		return views;
	}

	/** Its cycles, the latest first. */
	List<CycleView> cycles(long id) {
		return cycles(List.of(id)).getOrDefault(id, List.of());
	}

	/**
	 * The cycles of each of these communities (none: absent), each as
	 * {@link #cycles(long)}.
	 */
	Map<Long, List<CycleView>> cycles(Collection<Long> ids) {
		Map<Long, List<CycleView>> cycles = new HashMap<>();
		if (ids.isEmpty()) {
			return cycles;
		}
		jdbc.sql("""
				select id, number, goal_id, phase, started_on, reflection_notes, planning_notes, implementation_notes,
				       evaluation_notes, result_before, result_after, evidence_links, closed_on, planning_on,
				       implementation_on, evaluation_on, evidence_name, community_id
				from inquiry_cycle where community_id in (:ids) order by community_id, number desc""")
			.param("ids", ids)
			.query(rs -> {
				long community = rs.getLong(18);
				cycles.computeIfAbsent(community, c -> new ArrayList<>())
					.add(new CycleView(rs.getLong(1), community, rs.getInt(2), rs.getObject(3, Long.class),
							Phase.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
							rs.getString(7), rs.getString(8), rs.getString(9), plain(rs.getBigDecimal(10)),
							plain(rs.getBigDecimal(11)), rs.getString(12), rs.getObject(13, LocalDate.class),
							rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class),
							rs.getObject(16, LocalDate.class), rs.getString(17)));
			});
		return cycles;
	}

	private record GoalMeasured(GoalView.MeasurementView view, Instant recordedAt) {
	}

	private static List<Object> readGoal(ResultSet rs, long goal) {
		try {
			return Arrays.asList(Purpose.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getObject(8, LocalDate.class));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** As {@code Goal#view()}: the latest by day measured, then by when recorded. */
	private static GoalView goalView(long community, long goal, List<Object> g, List<GoalMeasured> measured) {
		BigDecimal baseline = (BigDecimal) g.get(4);
		BigDecimal target = (BigDecimal) g.get(5);
		BigDecimal latest = measured.stream()
			.max(java.util.Comparator.comparing((GoalMeasured m) -> m.view().measuredOn())
				.thenComparing(GoalMeasured::recordedAt))
			.map(m -> m.view().value())
			.orElse(null);
		return new GoalView(goal, community, (Purpose) g.get(0), (String) g.get(1), (String) g.get(2),
				(String) g.get(3), baseline, target, (LocalDate) g.get(6), latest,
				id.kombel.communities.goal.Goal.progress(baseline, target, latest),
				measured.stream().map(GoalMeasured::view).toList());
	}

	private static BigDecimal plain(BigDecimal value) {
		// as InquiryCycle: 45.0000 as 45, the column's scale is no part of the value
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	/** A column of values joined by commas (levels, subjects), as a list. */
	static List<String> split(String joined) {
		return joined == null ? List.of() : Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).toList();
	}

}
