package id.kombel.programmes.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.kombel.shared.documents.CertificateDocument;

/**
 * The certificate of a programme event as a one-page PDF with a QR to its public
 * verification page.
 */
@Component
public class CertificatePdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("id"));

	record Content(String number, String holder, String role, String programme, String regency, String venue,
			LocalDate date, int hours, String verifyUrl, boolean revoked) {
	}

	byte[] render(Content c) {
		CertificateDocument pdf = CertificateDocument.open(40, 5).heading(c.number());
		if (c.revoked()) {
			pdf.bold("DICABUT — TIDAK BERLAKU", 16);
		}
		return pdf.line(" ", 10)
			.line("diberikan kepada", 13)
			.bold(c.holder(), 24)
			.line("sebagai " + c.role() + " pada", 13)
			.bold(c.programme(), 17)
			.line(c.regency() + (c.venue() == null ? "" : " · " + c.venue()) + " · " + DAY.format(c.date()), 12)
			.bold(c.hours() + " JP (jam pelajaran)", 12)
			.verification(c.verifyUrl(), 200, 100)
			.finish();
	}

}
