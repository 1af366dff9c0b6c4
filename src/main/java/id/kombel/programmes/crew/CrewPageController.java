package id.kombel.programmes.crew;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import id.kombel.shared.access.KombelUser;

/** The committee and speaker forms of the event page. */
@Controller
class CrewPageController {

	private final Crew crew;

	CrewPageController(Crew crew) {
		this.crew = crew;
	}

	@PostMapping("/events/{id}/committee")
	String addCommittee(KombelUser user, @PathVariable long id, @Valid Crew.CommitteeForm form) {
		crew.addCommittee(user, id, form);
		return "redirect:/events/" + id + "#committee";
	}

	@PostMapping("/events/{id}/committee/{memberId}/remove")
	String removeCommittee(KombelUser user, @PathVariable long id, @PathVariable long memberId) {
		crew.removeCommittee(user, id, memberId);
		return "redirect:/events/" + id + "#committee";
	}

	@PostMapping("/events/{id}/speakers")
	String addSpeaker(KombelUser user, @PathVariable long id, @Valid Crew.SpeakerForm form) {
		crew.addSpeaker(user, id, form);
		return "redirect:/events/" + id + "#speakers";
	}

	@PostMapping("/events/{id}/speakers/{speakerId}/remove")
	String removeSpeaker(KombelUser user, @PathVariable long id, @PathVariable long speakerId) {
		crew.removeSpeaker(user, id, speakerId);
		return "redirect:/events/" + id + "#speakers";
	}
}
