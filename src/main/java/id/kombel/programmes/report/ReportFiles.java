package id.kombel.programmes.report;

import java.io.IOException;

import org.springframework.http.ResponseEntity;

import id.kombel.programmes.web.Downloads;
import id.kombel.shared.access.KombelUser;

/** The report downloads, named alike whether the API or a page asks. */
final class ReportFiles {

	private ReportFiles() {
	}

	static ResponseEntity<byte[]> programmeXlsx(ProgrammeReports reports, KombelUser user, long id) throws IOException {
		return Downloads.file(reports.xlsx(user, id), "laporan-program-" + id + ".xlsx", Downloads.XLSX);
	}

	static ResponseEntity<byte[]> programmePdf(ProgrammeReports reports, KombelUser user, long id) {
		return Downloads.file(reports.pdf(user, id), "laporan-program-" + id + ".pdf", "application/pdf");
	}

	static ResponseEntity<byte[]> eventXlsx(EventReports reports, KombelUser user, long id) throws IOException {
		return Downloads.file(reports.xlsx(user, id), "daftar-hadir-" + id + ".xlsx", Downloads.XLSX);
	}

	static ResponseEntity<byte[]> eventPdf(EventReports reports, KombelUser user, long id) {
		return Downloads.file(reports.pdf(user, id), "daftar-hadir-" + id + ".pdf", "application/pdf");
	}

}
