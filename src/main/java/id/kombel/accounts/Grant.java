package id.kombel.accounts;

import jakarta.validation.constraints.NotNull;

import id.kombel.shared.access.Role;
import id.kombel.shared.validation.ValidRegionCode;

/**
 * One role an account holds, with its scope: a region (BALAI: a province, REGENCY_OFFICE:
 * a regency), a school (PRINCIPAL; SUPERVISOR holds one grant per school) or a branch
 * office (BRANCH_OFFICE). TEACHER and ADMIN need none.
 */
public record Grant(@NotNull(message = "{validation.required}") Role role, @ValidRegionCode String regionCode,
		Long schoolId, Long officeId) {

	public static Grant of(Role role) {
		return new Grant(role, null, null, null);
	}

	public static Grant region(Role role, String regionCode) {
		return new Grant(role, regionCode, null, null);
	}

	public static Grant school(Role role, long schoolId) {
		return new Grant(role, null, schoolId, null);
	}

	public static Grant office(long officeId) {
		return new Grant(Role.BRANCH_OFFICE, null, null, officeId);
	}
}
