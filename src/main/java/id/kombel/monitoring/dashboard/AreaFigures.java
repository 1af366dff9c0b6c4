package id.kombel.monitoring.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.shared.Level;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.Scope;

/**
 * The figures of a nation, province or regency read from the per-area totals
 * ({@code mon_area}), a few rows instead of a count over every community and educator.
 * Used when the account sees the place whole (perhaps at some levels only, which the
 * totals keep apart): an administrator, or an office whose area holds the place. A place
 * the account sees only a part of, and districts and schools, are counted as before from
 * the rows (they are small); both ways give the same figures.
 */
@Component
class AreaFigures {

	private static final String SUMS = "sum(a.not_started), sum(a.active), sum(a.stalled), sum(a.with_goal),"
			+ " sum(a.reached), sum(a.behind), sum(a.cycles), sum(a.schools), sum(a.with_community),"
			+ " sum(a.educators), sum(a.members), sum(a.active_members), sum(a.registered), sum(a.attended)";

	private final JdbcClient jdbc;

	AreaFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Does the account see all of the place (at the levels its areas allow)? */
	boolean covers(Scope scope, Place place) {
		if (place.school() || place.level().equals("DISTRICT")) {
			return false;
		}
		if (scope.all()) {
			return true;
		}
		if (place.nation() || !schoolsAddNothing(scope, place)) {
			return false;
		}
		boolean holds = false;
		for (Area area : scope.areas()) {
			if (area.contains(place.code())) {
				holds = true;
			}
			else if (Area.all(place.code()).contains(area.regionCode())) {
				return false;
			}
		}
		return holds;
	}

	/**
	 * The account's own schools (a principal's, a supervisor's) add nothing to the place
	 * when each lies outside it or inside an area of the account seen at every level.
	 */
	private boolean schoolsAddNothing(Scope scope, Place place) {
		if (scope.schoolIds().isEmpty()) {
			return true;
		}
		boolean whole = scope.areas().stream().anyMatch(a -> a.contains(place.code()) && a.levels().isEmpty());
		Area inPlace = Area.all(place.code());
		return jdbc.sql("select district_code from mon_school where school_id in (:ids)")
			.param("ids", List.copyOf(scope.schoolIds()))
			.query(String.class)
			.list()
			.stream()
			.noneMatch(d -> inPlace.contains(d) && !whole);
	}

	/** A place's own figures and its children's (keyed as {@link #tally} keys them). */
	record Whole(Tally total, Map<String, Tally> children) {
	}

	Map<String, Tally> tally(Scope scope, Place place, Level level, boolean grouped) {
		Whole whole = figures(scope, place, level, grouped);
		return grouped ? whole.children() : Map.of("*", whole.total());
	}

	/**
	 * The place and its children in one statement for the nation (its figures are its
	 * provinces'), two for a province or regency.
	 */
	Whole whole(Scope scope, Place place, Level level) {
		return figures(scope, place, level, true);
	}

	private Whole figures(Scope scope, Place place, Level level, boolean grouped) {
		Map<String, Object> p = new HashMap<>();
		p.put("place", place.code());
		String levels = levels(scope, place, level);
		Map<String, Tally> out = new LinkedHashMap<>();
		if (place.nation() || grouped) {
			String where = place.nation() ? "a.parent_code = ''" : "a.parent_code = :place";
			jdbc.sql("select a.area_code, " + SUMS + " from mon_area a where " + where + " and " + levels
					+ " group by a.area_code")
				.params(p)
				.query((rs, n) -> out.put(rs.getString(1), read(rs)))
				.list();
		}
		if (place.nation()) {
			Tally total = new Tally();
			out.values().forEach(t -> add(total, t, 1));
			return new Whole(total, out);
		}
		Tally total = new Tally();
		jdbc.sql("select " + SUMS + " from mon_area a where a.area_code = :place and " + levels)
			.params(p)
			.query((rs, n) -> read(total, rs, 1))
			.list();
		if (!grouped) {
			return new Whole(total, Map.of());
		}
		// what is in the place but in none of its children (a regency-wide community)
		Tally rest = minus(total, new ArrayList<>(out.values()));
		if (rest != null) {
			out.put(null, rest);
		}
		return new Whole(total, out);
	}

	/** Held activities per month since {@code from} (YYYY-MM). */
	Map<String, Long> months(Scope scope, Place place, Level level, String from) {
		Map<String, Object> p = new HashMap<>();
		p.put("place", place.code());
		p.put("from", from);
		Map<String, Long> held = new HashMap<>();
		jdbc.sql("select a.held_month, sum(a.held) from mon_area_month a where "
				+ (place.nation() ? "a.parent_code = ''" : "a.area_code = :place") + " and a.held_month >= :from and "
				+ levels(scope, place, level) + " group by a.held_month")
			.params(p)
			.query((rs, n) -> held.put(rs.getString(1), rs.getLong(2)))
			.list();
		return held;
	}

	/**
	 * The dashboard's level, and the levels the account's areas holding the place allow.
	 */
	private static String levels(Scope scope, Place place, Level level) {
		String chosen = level == null ? "1=1" : "a.levels like '%," + level.name() + ",%'";
		if (scope.all()) {
			return chosen;
		}
		List<String> any = new ArrayList<>();
		for (Area area : scope.areas()) {
			if (area.contains(place.code())) {
				if (area.levels().isEmpty()) {
					return chosen;
				}
				area.levels().forEach(l -> any.add("a.levels like '%," + l.name() + ",%'"));
			}
		}
		return chosen + " and (" + String.join(" or ", any) + ")";
	}

	private static Tally read(java.sql.ResultSet rs) throws java.sql.SQLException {
		Tally t = new Tally();
		read(t, rs, 2);
		return t;
	}

	private static Object read(Tally t, java.sql.ResultSet rs, int first) throws java.sql.SQLException {
		long[] v = new long[14];
		for (int i = 0; i < v.length; i++) {
			v[i] = rs.getLong(first + i);
		}
		t.notStarted = v[0];
		t.active = v[1];
		t.stalled = v[2];
		t.withGoal = v[3];
		t.reached = v[4];
		t.behind = v[5];
		t.onTrack = v[3] - v[4] - v[5];
		t.cycles = v[6];
		t.schools = v[7];
		t.withCommunity = v[8];
		t.educators = v[9];
		t.members = v[10];
		t.activeMembers = v[11];
		t.registered = v[12];
		t.attended = v[13];
		return null;
	}

	private static Tally minus(Tally total, List<Tally> children) {
		Tally r = new Tally();
		add(r, total, 1);
		children.forEach(c -> add(r, c, -1));
		boolean any = r.notStarted != 0 || r.active != 0 || r.stalled != 0 || r.withGoal != 0 || r.cycles != 0
				|| r.schools != 0 || r.educators != 0 || r.members != 0 || r.registered != 0 || r.attended != 0;
		return any ? r : null;
	}

	private static void add(Tally to, Tally t, int sign) {
		to.notStarted += sign * t.notStarted;
		to.active += sign * t.active;
		to.stalled += sign * t.stalled;
		to.withGoal += sign * t.withGoal;
		to.reached += sign * t.reached;
		to.behind += sign * t.behind;
		to.onTrack += sign * t.onTrack;
		to.cycles += sign * t.cycles;
		to.schools += sign * t.schools;
		to.withCommunity += sign * t.withCommunity;
		to.educators += sign * t.educators;
		to.members += sign * t.members;
		to.activeMembers += sign * t.activeMembers;
		to.registered += sign * t.registered;
		to.attended += sign * t.attended;
	}

}
