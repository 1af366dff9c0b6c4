package id.kombel.monitoring.compliance;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.access.KombelUser;

/**
 * {@code GET /api/v1/monitoring/compliance} (JSON), {@code compliance.xlsx} and
 * {@code compliance.pdf}, with the same parameters.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
class ComplianceApiController {

	private final ComplianceReports reports;

	private final ComplianceFiles files;

	ComplianceApiController(ComplianceReports reports, ComplianceFiles files) {
		this.reports = reports;
		this.files = files;
	}

	@GetMapping("/compliance")
	ComplianceReport report(KombelUser user, ComplianceQuery query) {
		return query.run(reports, user);
	}

	@GetMapping("/compliance.xlsx")
	ResponseEntity<byte[]> xlsx(KombelUser user, ComplianceQuery query, Locale locale) throws IOException {
		return files.xlsx(user, query, locale);
	}

	@GetMapping("/compliance.pdf")
	ResponseEntity<byte[]> pdf(KombelUser user, ComplianceQuery query, Locale locale) {
		return files.pdf(user, query, locale);
	}

}
