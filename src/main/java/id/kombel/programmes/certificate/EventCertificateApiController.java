package id.kombel.programmes.certificate;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.programmes.Downloads;
import id.kombel.shared.access.KombelUser;

/** An event's certificates over the API: issue, list, revoke, and as PDF. */
@RestController
@RequestMapping("/api/v1")
class EventCertificateApiController {

	private final EventCertificates certificates;

	EventCertificateApiController(EventCertificates certificates) {
		this.certificates = certificates;
	}

	@PostMapping("/events/{id}/certificates:issue")
	List<EventCertificate> issue(KombelUser user, @PathVariable long id) {
		return certificates.issue(user, id);
	}

	@GetMapping("/events/{id}/certificates")
	List<EventCertificate> certificates(KombelUser user, @PathVariable long id) {
		return certificates.list(user, id);
	}

	@PostMapping("/events/{id}/certificates/{number}:revoke")
	EventCertificate revoke(KombelUser user, @PathVariable long id, @PathVariable String number) {
		return certificates.revoke(user, id, number);
	}

	@GetMapping("/events/{id}/certificates/{number}.pdf")
	ResponseEntity<byte[]> certificatePdf(KombelUser user, @PathVariable long id, @PathVariable String number) {
		return pdf(certificates, user, id, number);
	}

	@GetMapping("/events/{id}/certificates.zip")
	ResponseEntity<byte[]> certificatesZip(KombelUser user, @PathVariable long id) throws IOException {
		return zip(certificates, user, id);
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
