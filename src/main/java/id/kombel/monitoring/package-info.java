/**
 * Monitoring: what the offices see of the communities in their scope. Sub-package
 * {@code compliance}: the inquiry-cycle compliance report (JSON, XLSX, PDF, page).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
		allowedDependencies = { "communities", "offices", "regions", "schools", "shared" })
package id.kombel.monitoring;
