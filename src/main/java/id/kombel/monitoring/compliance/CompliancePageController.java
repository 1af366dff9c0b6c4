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
		model.addAttribute("semesters", recent(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))));
		return "monitoring/compliance";
	}

	/** A semester to pick: its code, and its school year and half to name it by. */
	record SemesterLink(String code, String schoolYear, boolean odd) {
	}

	/** This semester and the three before it, newest first. */
	static java.util.List<SemesterLink> recent(java.time.LocalDate today) {
		int year = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
		int half = today.getMonthValue() >= 7 ? 1 : 2;
		java.util.List<SemesterLink> out = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			out.add(new SemesterLink(year + "-" + half, year + "/" + (year + 1), half == 1));
			if (half == 2) {
				half = 1;
			}
			else {
				half = 2;
				year--;
			}
		}
		return out;
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
