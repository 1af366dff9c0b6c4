package id.kombel.shared.access;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import id.kombel.shared.Level;

/**
 * What one account may see: the single place every module asks. Built once from the
 * account's role grants; a list query filters by the same areas and school ids, so a list
 * never shows what a detail page would refuse.
 *
 * @param all an administrator: everything
 * @param areas regions (with level limits) seen as a whole
 * @param schoolIds single schools seen (a principal's, a supervisor's)
 * @param educatorId the account's own educator record, if linked
 */
public record Scope(boolean all, List<Area> areas, Set<Long> schoolIds, Long educatorId) implements Serializable {

	public static final Scope NOTHING = new Scope(false, List.of(), Set.of(), null);

	public Scope {
		areas = List.copyOf(areas);
		schoolIds = Set.copyOf(schoolIds);
	}

	/** May this account see the region (a regency's or province's data as a whole)? */
	public boolean coversRegion(String regionCode) {
		return all || areas.stream().anyMatch(a -> a.contains(regionCode) && a.levels().isEmpty());
	}

	/** May this account see data of this level inside the region? */
	public boolean coversRegion(String regionCode, Level level) {
		return all || areas.stream().anyMatch(a -> a.contains(regionCode) && a.allows(level));
	}

	/** May this account see school X, given where it is and its level? */
	public boolean coversSchool(long schoolId, String districtCode, Level level) {
		return all || schoolIds.contains(schoolId) || coversRegion(districtCode, level);
	}

	/** May this account see educator E (themself, or someone at a school they see)? */
	public boolean coversEducator(long id, Long schoolId, String districtCode, Level level) {
		if (educatorId != null && educatorId == id) {
			return true;
		}
		return all || (schoolId != null && coversSchool(schoolId, districtCode, level));
	}

	/** Does this account see any school at all (beyond its own record)? */
	public boolean seesSchools() {
		return all || !areas.isEmpty() || !schoolIds.isEmpty();
	}
}
