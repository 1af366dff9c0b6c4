package id.kombel.monitoring.compliance;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import id.kombel.shared.access.KombelUser;

/** The report's downloads, named alike whether the API or the page asks. */
@Component
class ComplianceFiles {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ComplianceReports reports;

	private final ComplianceXlsx xlsx;

	private final CompliancePdf pdf;

	private final Letterheads letterheads;

	ComplianceFiles(ComplianceReports reports, ComplianceXlsx xlsx, CompliancePdf pdf, Letterheads letterheads) {
		this.reports = reports;
		this.xlsx = xlsx;
		this.pdf = pdf;
		this.letterheads = letterheads;
	}

	ResponseEntity<byte[]> xlsx(KombelUser user, ComplianceQuery q, Locale locale) throws IOException {
		ComplianceReport report = q.run(reports, user);
		return file(xlsx.write(report, locale), name(report) + ".xlsx", XLSX);
	}

	ResponseEntity<byte[]> pdf(KombelUser user, ComplianceQuery q, Locale locale) {
		ComplianceReport report = q.run(reports, user);
		return file(pdf.write(report, letterheads.of(user, report), reports.today(), locale), name(report) + ".pdf",
				MediaType.APPLICATION_PDF_VALUE);
	}

	private static String name(ComplianceReport r) {
		String where = r.school() != null ? r.school().npsn() : r.region().code();
		return "siklus-inkuiri-" + where + "-" + r.from() + "-" + r.to();
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(bytes);
	}

}
