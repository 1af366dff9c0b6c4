package id.kombel.programmes.certificate;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import id.kombel.shared.access.KombelUser;

/** The certificate buttons and downloads of the event page. */
@Controller
class EventCertificatePageController {

	private final EventCertificates certificates;

	EventCertificatePageController(EventCertificates certificates) {
		this.certificates = certificates;
	}

	@PostMapping("/events/{id}/certificates")
	String issue(KombelUser user, @PathVariable long id) {
		certificates.issue(user, id);
		return "redirect:/events/" + id + "#certificates";
	}

	@PostMapping("/events/{id}/certificates/{number}/revoke")
	String revoke(KombelUser user, @PathVariable long id, @PathVariable String number) {
		certificates.revoke(user, id, number);
		return "redirect:/events/" + id + "#certificates";
	}

	@GetMapping("/events/{id}/certificates/{number}.pdf")
	ResponseEntity<byte[]> certificate(KombelUser user, @PathVariable long id, @PathVariable String number) {
		return CertificateFiles.pdf(certificates, user, id, number);
	}

	@GetMapping("/events/{id}/certificates.zip")
	ResponseEntity<byte[]> certificates(KombelUser user, @PathVariable long id) throws IOException {
		return CertificateFiles.zip(certificates, user, id);
	}

}
