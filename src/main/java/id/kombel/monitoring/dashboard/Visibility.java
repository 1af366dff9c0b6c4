package id.kombel.monitoring.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.kombel.shared.Level;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.Scope;

/**
 * The account's {@link Scope} as SQL over the read model: the same rule as the
 * communities' policy (a community is seen by a partner whose area contains its region at
 * one of its levels, or whose schools include its home school) and as schools' (a school
 * inside an area at an allowed level, or listed). Every figure is counted through it, so
 * an area's numbers never include what the account may not see.
 */
final class Visibility {

	private Visibility() {
	}

	static String communities(Scope scope, Map<String, Object> params) {
		return build(scope, params, "c.home_school_id", "c.region_code",
				area -> area.levels()
					.stream()
					.map(l -> "c.levels like '%," + l.name() + ",%'")
					.collect(Collectors.joining(" or ")));
	}

	static String schools(Scope scope, Map<String, Object> params) {
		return build(scope, params, "s.school_id", "s.district_code", area -> "s.level in (" + inList(area) + ")");
	}

	/** Members, seen as the educators they are: by their school. */
	static String members(Scope scope, Map<String, Object> params) {
		return build(scope, params, "m.school_id", "m.district_code",
				area -> "m.school_level in (" + inList(area) + ")");
	}

	static String participants(Scope scope, Map<String, Object> params) {
		return build(scope, params, "p.school_id", "coalesce(p.district_code, p.regency_code)",
				area -> "p.level in (" + inList(area) + ")");
	}

	private static String inList(Area area) {
		return area.levels().stream().map(l -> "'" + l.name() + "'").collect(Collectors.joining(","));
	}

	private static String build(Scope scope, Map<String, Object> params, String school, String region,
			java.util.function.Function<Area, String> levels) {
		if (scope.all()) {
			return "1=1";
		}
		List<String> any = new ArrayList<>();
		if (!scope.schoolIds().isEmpty()) {
			params.put("visSchools", List.copyOf(scope.schoolIds()));
			any.add(school + " in (:visSchools)");
		}
		int i = 0;
		for (Area area : scope.areas()) {
			String p = "visArea" + i++;
			params.put(p, area.regionCode());
			params.put(p + "Below", area.regionCode() + ".%");
			String inRegion = "(" + region + " = :" + p + " or " + region + " like :" + p + "Below)";
			any.add(area.levels().isEmpty() ? inRegion : "(" + inRegion + " and (" + levels.apply(area) + "))");
		}
		return any.isEmpty() ? "1=0" : "(" + String.join(" or ", any) + ")";
	}

	/** Only communities of one level (the dashboard's level filter). */
	static String communityLevel(Level level) {
		return level == null ? "1=1" : "c.levels like '%," + level.name() + ",%'";
	}

}
