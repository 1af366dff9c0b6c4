package id.kombel.monitoring.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;

/**
 * Which place a dashboard request means, and whether the account may open it: a region
 * inside one of its areas, a region that holds one of its areas or schools (then only
 * that part is counted), or a school it sees. Anything else is out of scope (403).
 */
@Component
class MonitoredPlaces {

	private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2,4})?)?");

	record SchoolRow(long schoolId, String name, String level, String districtCode) {
	}

	private final Regions regions;

	private final JdbcClient jdbc;

	MonitoredPlaces(Regions regions, JdbcClient jdbc) {
		this.regions = regions;
		this.jdbc = jdbc;
	}

	Place resolve(Scope scope, String region, Long school) {
		if (school != null) {
			SchoolRow row = school(school).orElseThrow(() -> new NotFoundException("school " + school));
			if (!scope.coversSchool(row.schoolId(), row.districtCode(), id.kombel.shared.Level.valueOf(row.level()))) {
				throw new OutOfScopeException("monitoring of school " + school);
			}
			return new Place(String.valueOf(row.schoolId()), row.name(), "SCHOOL", row.schoolId(), row.districtCode());
		}
		if (region == null || region.isBlank()) {
			return home(scope);
		}
		String code = region.strip();
		if (!CODE.matcher(code).matches()) {
			throw InvalidInputException.of("region", "validation.region-code");
		}
		RegionView view = regions.find(code).orElseThrow(() -> new NotFoundException("region " + code));
		if (!allowed(scope, code)) {
			throw new OutOfScopeException("monitoring of " + code);
		}
		return of(view);
	}

	Place nation() {
		return new Place("", "Indonesia", Place.NATION, null, null);
	}

	Place of(RegionView view) {
		return new Place(view.code(), view.name(), view.level().name(), null, view.parentCode());
	}

	/** The account's own area: the smallest place holding all it sees. */
	Place home(Scope scope) {
		if (scope.all()) {
			return nation();
		}
		List<String> codes = new ArrayList<>(scope.areas().stream().map(Area::regionCode).toList());
		List<SchoolRow> schools = scope.schoolIds().stream().map(this::school).flatMap(Optional::stream).toList();
		if (codes.isEmpty() && schools.size() == 1) {
			SchoolRow only = schools.get(0);
			return new Place(String.valueOf(only.schoolId()), only.name(), "SCHOOL", only.schoolId(),
					only.districtCode());
		}
		schools.forEach(s -> codes.add(s.districtCode()));
		if (codes.isEmpty()) {
			throw new OutOfScopeException("monitoring: the account sees no area");
		}
		String common = codes.get(0);
		for (String c : codes) {
			while (!(c.equals(common) || c.startsWith(common + "."))) {
				int dot = common.lastIndexOf('.');
				if (dot < 0) {
					return nation();
				}
				common = common.substring(0, dot);
			}
		}
		return regions.find(common).map(this::of).orElseGet(this::nation);
	}

	/** May the account open this region (all of it, or the part it sees)? */
	boolean allowed(Scope scope, String code) {
		if (scope.all()) {
			return true;
		}
		Area requested = Area.all(code);
		if (scope.areas().stream().anyMatch(a -> a.contains(code) || requested.contains(a.regionCode()))) {
			return true;
		}
		return scope.schoolIds()
			.stream()
			.map(this::school)
			.flatMap(Optional::stream)
			.anyMatch(s -> requested.contains(s.districtCode()));
	}

	Optional<SchoolRow> school(long id) {
		return jdbc.sql("select school_id, name, level, district_code from mon_school where school_id = :id")
			.param("id", id)
			.query(SchoolRow.class)
			.optional();
	}

	/** The schools of a district the account sees, by name. */
	List<SchoolRow> schoolsOf(Scope scope, String district) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("district", district);
		return jdbc.sql(
				"select s.school_id, s.name, s.level, s.district_code from mon_school s where s.district_code = :district"
						+ " and " + Visibility.schools(scope, p) + " order by s.name, s.school_id")
			.params(p)
			.query(SchoolRow.class)
			.list();
	}

	/** The child regions of a place the account may open. */
	List<RegionView> children(Scope scope, Place place) {
		List<RegionView> all = place.nation() ? regions.byLevel(id.kombel.regions.RegionLevel.PROVINCE)
				: regions.children(place.code());
		return all.stream().filter(r -> allowed(scope, r.code())).toList();
	}

	List<RegionView> path(Place place) {
		return place.nation() ? List.of() : regions.path(place.school() ? place.parentCode() : place.code());
	}

}
