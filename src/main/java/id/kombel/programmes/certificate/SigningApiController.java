package id.kombel.programmes.certificate;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.programmes.certificate.CertificateSigning.SigningView;
import id.kombel.shared.access.KombelUser;

/**
 * Who issues a programme's certificates over the API: organiser, place of issue and
 * signatory, set on the programme (every event) or on one event (which wins). Answers
 * what is set and what the certificates carry.
 */
@RestController
@RequestMapping("/api/v1")
class SigningApiController {

	private final CertificateSigning signing;

	SigningApiController(CertificateSigning signing) {
		this.signing = signing;
	}

	@GetMapping("/programmes/{id}/certificate-signing")
	SigningView ofProgramme(KombelUser user, @PathVariable long id) {
		return signing.ofProgramme(user, id);
	}

	@PutMapping("/programmes/{id}/certificate-signing")
	SigningView setProgramme(KombelUser user, @PathVariable long id, @Valid @RequestBody SigningForm form) {
		return signing.setProgramme(user, id, form);
	}

	@GetMapping("/events/{id}/certificate-signing")
	SigningView ofEvent(KombelUser user, @PathVariable long id) {
		return signing.ofEvent(user, id);
	}

	@PutMapping("/events/{id}/certificate-signing")
	SigningView setEvent(KombelUser user, @PathVariable long id, @Valid @RequestBody SigningForm form) {
		return signing.setEvent(user, id, form);
	}

}
