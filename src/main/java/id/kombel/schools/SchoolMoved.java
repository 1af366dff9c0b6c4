package id.kombel.schools;

import id.kombel.shared.Level;

/**
 * A school's district or level changed; modules that copy them for scope filters follow.
 */
public record SchoolMoved(long schoolId, String districtCode, String regencyCode, String provinceCode, Level level) {
}
