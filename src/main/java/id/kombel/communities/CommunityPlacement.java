package id.kombel.communities;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.kombel.people.EducatorView;
import id.kombel.people.People;
import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.InvalidInputException;

/**
 * Where an account may place a community (when starting it, and when an edit moves it):
 * where its scope reaches. An administrator anywhere; a Balai in its province, a regency
 * office in its regency, a branch office in its regencies (the areas of its scope); a
 * principal, supervisor or teacher in the regency of their school(s). A named home school
 * is one the account sees, or the teacher's own: a teacher does not make another school's
 * principal the partner of their community. A refusal is a 400 naming the field.
 */
@Component
class CommunityPlacement {

	private final Schools schools;

	private final People people;

	CommunityPlacement(Schools schools, People people) {
		this.schools = schools;
		this.people = people;
	}

	/** Refuses a region or home school (either may be null: not changed) out of reach. */
	void require(KombelUser user, String regionCode, Long homeSchoolId) {
		Scope scope = user.scope();
		if (scope.all() || (regionCode == null && homeSchoolId == null)) {
			return;
		}
		Optional<SchoolView> own = ownSchool(user);
		if (regionCode != null && !reaches(scope, own, regionCode)) {
			throw InvalidInputException.of("regionCode", "validation.place-region-out-of-reach", regionCode);
		}
		if (homeSchoolId != null
				&& !(own.map(s -> s.id() == homeSchoolId).orElse(false) || schools.visibleTo(scope, homeSchoolId))) {
			throw InvalidInputException.of("homeSchoolId", "validation.place-school-out-of-reach",
					String.valueOf(homeSchoolId));
		}
	}

	/** The school of the educator behind the account, where there is one. */
	Optional<SchoolView> ownSchool(KombelUser user) {
		return Optional.ofNullable(user.scope().educatorId())
			.flatMap(people::find)
			.map(EducatorView::schoolId)
			.flatMap(schools::find);
	}

	/** The district of that school, without loading educator or school. */
	Optional<String> ownDistrict(KombelUser user) {
		return Optional.ofNullable(user.scope().educatorId()).flatMap(people::districtOf);
	}

	private boolean reaches(Scope scope, Optional<SchoolView> own, String regionCode) {
		if (scope.areas().stream().anyMatch(a -> a.contains(regionCode))) {
			return true;
		}
		Set<String> regencies = new HashSet<>();
		own.ifPresent(s -> regencies.add(s.regencyCode()));
		if (!scope.schoolIds().isEmpty()) {
			schools.findAll(scope.schoolIds()).forEach(s -> regencies.add(s.regencyCode()));
		}
		return regencies.stream().anyMatch(r -> Area.all(r).contains(regionCode));
	}

}
