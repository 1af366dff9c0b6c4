package id.kombel.programmes.report;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.kombel.programmes.crew.Crew;
import id.kombel.shared.access.KombelUser;

/** A programme's report page, and the report files a page links to. */
@Controller
class ReportPageController {

	private final ProgrammeReports reports;

	private final EventReports eventReports;

	private final Crew crew;

	ReportPageController(ProgrammeReports reports, EventReports eventReports, Crew crew) {
		this.reports = reports;
		this.eventReports = eventReports;
		this.crew = crew;
	}

	@GetMapping("/programmes/{id}/report")
	String report(KombelUser user, @PathVariable long id, Model model) {
		ProgrammeReports.Report report = reports.report(user, id);
		model.addAttribute("report", report);
		model.addAttribute("max", Math.max(1,
				report.regencies().stream().mapToInt(ProgrammeReports.RegencyRow::registered).max().orElse(1)));
		model.addAttribute("candidates", crew.candidatesOfProgramme(user, id));
		return "programmes/report";
	}

	@GetMapping("/programmes/{id}/report.xlsx")
	ResponseEntity<byte[]> reportXlsx(KombelUser user, @PathVariable long id) throws IOException {
		return ReportFiles.programmeXlsx(reports, user, id);
	}

	@GetMapping("/programmes/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(KombelUser user, @PathVariable long id) {
		return ReportFiles.programmePdf(reports, user, id);
	}

	@GetMapping("/events/{id}/report.xlsx")
	ResponseEntity<byte[]> eventXlsx(KombelUser user, @PathVariable long id) throws IOException {
		return ReportFiles.eventXlsx(eventReports, user, id);
	}

	@GetMapping("/events/{id}/report.pdf")
	ResponseEntity<byte[]> eventPdf(KombelUser user, @PathVariable long id) {
		return ReportFiles.eventPdf(eventReports, user, id);
	}

}
