/**
 * Reference data: provinces, regencies/cities and districts of Indonesia with their
 * Kemendagri codes (shipped with their ODbL attribution), read by every other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions", allowedDependencies = { "shared" })
package id.kombel.regions;
