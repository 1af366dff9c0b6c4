/**
 * Schools (NPSN, name, level, public/private, district): the public directory, its CSV
 * import, and the one-call check whether an account may see a school.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schools", allowedDependencies = { "regions", "shared" })
package id.kombel.schools;
