package id.kombel.schools;

import id.kombel.shared.Level;

/**
 * A school as other modules and the API see it; its region codes come from its district.
 */
public record SchoolView(long id, String npsn, String name, Level level, SchoolStatus status, String districtCode,
		String regencyCode, String provinceCode, String address) {
}
