/**
 * Monitoring: community health and participation by region and level for the offices,
 * from a read model of its own that follows the other modules' events (and is rebuilt
 * from their tables on demand); dashboards with drill-down, lists of who needs help and
 * who can help, exports (XLSX, PDF) and the monitoring API. Sub-package
 * {@code compliance}: the inquiry-cycle compliance report (JSON, XLSX, PDF, page).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
		allowedDependencies = { "communities", "offices", "regions", "schools", "shared" })
package id.kombel.monitoring;
