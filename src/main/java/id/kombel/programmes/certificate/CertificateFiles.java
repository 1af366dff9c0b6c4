package id.kombel.programmes.certificate;

import java.io.IOException;

import org.springframework.http.ResponseEntity;

import id.kombel.programmes.web.Downloads;
import id.kombel.shared.access.KombelUser;

/**
 * A certificate's PDF and an event's certificates in one zip, as downloads for the API
 * and the pages alike.
 */
final class CertificateFiles {

	private CertificateFiles() {
	}

	static ResponseEntity<byte[]> pdf(EventCertificates certificates, KombelUser user, long id, String number) {
		return Downloads.file(certificates.pdfOf(user, id, number, Downloads.base()), number + ".pdf",
				"application/pdf");
	}

	static ResponseEntity<byte[]> zip(EventCertificates certificates, KombelUser user, long id) throws IOException {
		return Downloads.file(certificates.zip(user, id, Downloads.base()), "sertifikat-acara-" + id + ".zip",
				"application/zip");
	}

}
