package id.kombel.monitoring.compliance;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
	String page(KombelUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long school, @RequestParam(required = false) String semester,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletRequest request, Model model) {
		ComplianceReport report = new ComplianceQuery(region, school, semester, from, to).run(reports, user);
		model.addAttribute("report", report);
		String query = request.getQueryString();
		model.addAttribute("query", query == null ? "" : "?" + query);
		return "monitoring/compliance";
	}

	@GetMapping("/monitoring/compliance.xlsx")
	ResponseEntity<byte[]> xlsx(KombelUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long school, @RequestParam(required = false) String semester,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale)
			throws IOException {
		return files.xlsx(user, new ComplianceQuery(region, school, semester, from, to), locale);
	}

	@GetMapping("/monitoring/compliance.pdf")
	ResponseEntity<byte[]> pdf(KombelUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long school, @RequestParam(required = false) String semester,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		return files.pdf(user, new ComplianceQuery(region, school, semester, from, to), locale);
	}

}
