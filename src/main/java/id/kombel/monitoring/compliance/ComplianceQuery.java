package id.kombel.monitoring.compliance;

import id.kombel.shared.access.KombelUser;

/**
 * The report's parameters as the URL gives them (checked by the report, so a bad one is a
 * 400 in the reader's language): {@code region} or {@code school}, and {@code semester}
 * or {@code from} and {@code to}.
 */
record ComplianceQuery(String region, Long school, String semester, String from, String to) {

	ComplianceReport run(ComplianceReports reports, KombelUser user) {
		return reports.report(user, region, school, semester, from, to);
	}

}
