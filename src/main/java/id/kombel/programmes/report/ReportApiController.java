package id.kombel.programmes.report;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.access.KombelUser;

/**
 * A programme's report (JSON, XLSX, PDF) and an event's attendance list (XLSX, PDF) over
 * the API.
 */
@RestController
@RequestMapping("/api/v1")
class ReportApiController {

	private final ProgrammeReports reports;

	private final EventReports eventReports;

	ReportApiController(ProgrammeReports reports, EventReports eventReports) {
		this.reports = reports;
		this.eventReports = eventReports;
	}

	@GetMapping("/programmes/{id}/report")
	ProgrammeReports.Report report(KombelUser user, @PathVariable long id) {
		return reports.report(user, id);
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
