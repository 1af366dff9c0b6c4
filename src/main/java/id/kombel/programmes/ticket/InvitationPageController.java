package id.kombel.programmes.ticket;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import id.kombel.programmes.web.Downloads;
import id.kombel.programmes.programme.ProgrammePages;
import id.kombel.shared.access.KombelUser;

/** The invitations button of the programme page: the page again, with what was sent. */
@Controller
class InvitationPageController {

	private final Invitations invitations;

	private final ProgrammePages pages;

	InvitationPageController(Invitations invitations, ProgrammePages pages) {
		this.invitations = invitations;
		this.pages = pages;
	}

	@PostMapping("/programmes/{id}/invitations")
	String invite(KombelUser user, @PathVariable long id, Model model, Locale locale) {
		model.addAttribute("invited", invitations.sendForProgramme(user, id, Downloads.base(), locale));
		return pages.programme(user, id, model);
	}

}
