package id.kombel.accounts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.kombel.offices.Offices;
import id.kombel.shared.Level;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;
import id.kombel.shared.access.Scope;

/** Turns an account's role grants into the one {@link Scope} every module asks. */
@Component
class Scopes {

	private final Offices offices;

	Scopes(Offices offices) {
		this.offices = offices;
	}

	KombelUser userOf(Account account) {
		List<Grant> grants = account.grants();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		grants.forEach(g -> roles.add(g.role()));
		return new KombelUser(account.id(), account.email(), account.displayName(), roles, scopeOf(account, grants),
				account.passwordHash());
	}

	private Scope scopeOf(Account account, List<Grant> grants) {
		boolean all = false;
		List<Area> areas = new ArrayList<>();
		Set<Long> schools = new HashSet<>();
		for (Grant grant : grants) {
			switch (grant.role()) {
				case ADMIN -> all = true;
				case BALAI, REGENCY_OFFICE -> areas.add(Area.all(grant.regionCode()));
				case BRANCH_OFFICE -> offices.find(grant.officeId())
					.ifPresent(o -> o.regencyCodes().forEach(code -> areas.add(new Area(code, Level.PROVINCIAL))));
				case PRINCIPAL, SUPERVISOR -> schools.add(grant.schoolId());
				case TEACHER -> {
					// sees themself only: the educator id below
				}
			}
		}
		return new Scope(all, areas, schools, account.educatorId());
	}

}
