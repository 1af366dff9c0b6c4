package id.kombel.programmes.certificate;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import id.kombel.programmes.programme.ProgrammePages;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.PageForms;

/**
 * The certificate signing forms of the programme page and the event page; refused input
 * shows the page again with the problems (400).
 */
@Controller
class SigningPageController {

	private final CertificateSigning signing;

	private final ProgrammePages pages;

	SigningPageController(CertificateSigning signing, ProgrammePages pages) {
		this.signing = signing;
		this.pages = pages;
	}

	@PostMapping("/programmes/{id}/certificate-signing")
	String programme(KombelUser user, @PathVariable long id, @Valid @ModelAttribute("signingForm") SigningForm form,
			BindingResult result, Model model, Locale locale) {
		return PageForms.submit(result, () -> {
			signing.setProgramme(user, id, form);
			return "redirect:/programmes/" + id + "#signing";
		}, () -> pages.programme(user, id, model, result, locale));
	}

	@PostMapping("/events/{id}/certificate-signing")
	String event(KombelUser user, @PathVariable long id, @Valid @ModelAttribute("signingForm") SigningForm form,
			BindingResult result, Model model, Locale locale) {
		return PageForms.submit(result, () -> {
			signing.setEvent(user, id, form);
			return "redirect:/events/" + id + "#signing";
		}, () -> pages.event(user, id, model, result, locale));
	}

}
