package id.kombel.monitoring.compliance;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.kombel.shared.access.KombelUser;

/**
 * The compliance page, {@code /monitoring/compliance?region=…&from=…&to=…} (or
 * {@code school=}, {@code semester=}), with its XLSX and PDF downloads for principals,
 * supervisors and offices.
 */
@Controller
class CompliancePageController {

	private final ComplianceReports reports;

	private final ComplianceFiles files;

	CompliancePageController(ComplianceReports reports, ComplianceFiles files) {
		this.reports = reports;
		this.files = files;
	}

	@GetMapping("/monitoring/compliance")
	String page(KombelUser user, ComplianceQuery query, HttpServletRequest request, Model model) {
		ComplianceReport report = query.run(reports, user);
		model.addAttribute("report", report);
		String asked = request.getQueryString();
		model.addAttribute("query", asked == null ? "" : "?" + asked);
		return "monitoring/compliance";
	}

	@GetMapping("/monitoring/compliance.xlsx")
	ResponseEntity<byte[]> xlsx(KombelUser user, ComplianceQuery query, Locale locale) throws IOException {
		return files.xlsx(user, query, locale);
	}

	@GetMapping("/monitoring/compliance.pdf")
	ResponseEntity<byte[]> pdf(KombelUser user, ComplianceQuery query, Locale locale) {
		return files.pdf(user, query, locale);
	}

}
