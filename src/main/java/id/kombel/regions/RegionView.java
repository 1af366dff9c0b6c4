package id.kombel.regions;

/**
 * A region as other modules and the API see it.
 *
 * @param dapodikCode Dapodik's own 6-digit code for the same area, where known
 */
public record RegionView(String code, String name, RegionLevel level, String parentCode, String dapodikCode) {
}
