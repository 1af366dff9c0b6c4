package id.kombel.programmes.ticket;

import java.util.Locale;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.programmes.web.Downloads;
import id.kombel.shared.access.KombelUser;

/** Tickets sent by e-mail, for a whole programme or one event. */
@RestController
@RequestMapping("/api/v1")
class InvitationApiController {

	private final Invitations invitations;

	InvitationApiController(Invitations invitations) {
		this.invitations = invitations;
	}

	@PostMapping("/programmes/{id}/invitations:send")
	Invitations.Sent inviteProgramme(KombelUser user, @PathVariable long id, Locale locale) {
		return invitations.sendForProgramme(user, id, Downloads.base(), locale);
	}

	@PostMapping("/events/{id}/invitations:send")
	Invitations.Sent inviteEvent(KombelUser user, @PathVariable long id, Locale locale) {
		return invitations.sendForEvent(user, id, Downloads.base(), locale);
	}

}
