package id.kombel.programmes.certificate;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.programmes.web.Downloads;
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
		return CertificateFiles.pdf(certificates, user, id, number);
	}

	@GetMapping("/events/{id}/certificates.zip")
	ResponseEntity<byte[]> certificatesZip(KombelUser user, @PathVariable long id) throws IOException {
		return CertificateFiles.zip(certificates, user, id);
	}

}
