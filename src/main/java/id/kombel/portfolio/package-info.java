/**
 * The educator's portfolio: one record of communities and roles, activities, tasks,
 * sessions held, practices, answers, materials, programme events and certificates, built
 * from what happened in Kombel, plus self-declared evidence from elsewhere; as a page,
 * JSON, xAPI statements and one merged PDF of at most 10 MB with a public verification
 * page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio", allowedDependencies = { "accounts",
		"activities", "communities", "knowledge", "people", "programmes", "schools", "shared" })
package id.kombel.portfolio;
