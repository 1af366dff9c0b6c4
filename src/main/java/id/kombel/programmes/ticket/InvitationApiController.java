package id.kombel.programmes.ticket;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
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

	private final UndeliveredTickets undelivered;

	InvitationApiController(Invitations invitations, UndeliveredTickets undelivered) {
		this.invitations = invitations;
		this.undelivered = undelivered;
	}

	/** Tickets whose e-mail failed: still being tried, or given up. */
	@GetMapping("/programmes/{id}/invitations:undelivered")
	List<UndeliveredTickets.Undelivered> undelivered(KombelUser user, @PathVariable long id) {
		return undelivered.ofProgramme(user, id);
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
