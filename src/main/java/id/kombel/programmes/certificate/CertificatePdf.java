package id.kombel.programmes.certificate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.kombel.shared.documents.CertificateDocument;

/**
 * The certificate of a programme event as an office prints and signs it: one page with
 * the organiser's letterhead, the holder and the event, the QR to its public verification
 * page, and the place and date of issue over the signatory's position, room for a wet
 * signature and stamp, name and NIP.
 */
@Component
public class CertificatePdf {

	/** "12 Desember 2026", as Indonesian letters write dates. */
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

	record Content(String number, String holder, String role, String programme, String regency, String venue,
			LocalDate date, int hours, String verifyUrl, boolean revoked, CertificateSigning.Applied signing,
			LocalDate issuedOn) {
	}

	byte[] render(Content c) {
		CertificateDocument pdf = CertificateDocument.open(44, 6)
			.letterhead(c.signing().organiser())
			.heading(c.number());
		if (c.revoked()) {
			pdf.bold("DICABUT — TIDAK BERLAKU", 16);
		}
		CertificateDocument.Signature signature = new CertificateDocument.Signature(
				c.signing().place() + ", " + DAY.format(c.issuedOn()), c.signing().signatoryPosition(),
				c.signing().signatoryName(), c.signing().signatoryNip());
		return pdf.line("diberikan kepada", 13)
			.bold(c.holder(), 24)
			.line("sebagai " + c.role() + " pada", 13)
			.bold(c.programme(), 17)
			.line(c.regency() + (c.venue() == null ? "" : " · " + c.venue()) + " · " + DAY.format(c.date()), 12)
			.bold(c.hours() + " JP (jam pelajaran)", 12)
			.signedVerification(c.verifyUrl(), 200, 100, signature)
			.finish();
	}

}
