/**
 * Komunitas belajar: profile, members and their roles, joining, the starter path,
 * measurable goals with measurements, the inquiry cycle, and computed health (state,
 * participation).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communities",
		allowedDependencies = { "accounts", "people", "regions", "schools", "shared" })
package id.kombel.communities;
