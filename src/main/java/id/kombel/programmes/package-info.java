/**
 * Programme events: a Balai's bimtek, lokakarya or webinar held as one programme with a
 * local event in each regency; participants imported from the committee's spreadsheet,
 * tickets, local committee and speakers, check-in that survives a bad connection,
 * certificates and reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme events",
		allowedDependencies = { "accounts", "communities", "people", "regions", "schools", "shared" })
package id.kombel.programmes;
