package id.kombel.programmes.crew;

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
 * The committee and speaker forms of the event page; refused input shows the event page
 * again with the errors.
 */
@Controller
class CrewPageController {

	private final Crew crew;

	private final ProgrammePages pages;

	CrewPageController(Crew crew, ProgrammePages pages) {
		this.crew = crew;
		this.pages = pages;
	}

	@PostMapping("/events/{id}/committee")
	String addCommittee(KombelUser user, @PathVariable long id, @Valid @ModelAttribute Crew.CommitteeForm form,
			BindingResult result, Model model, Locale locale) {
		return PageForms.submit(result, () -> {
			crew.addCommittee(user, id, form);
			return "redirect:/events/" + id + "#committee";
		}, () -> pages.event(user, id, model, result, locale));
	}

	@PostMapping("/events/{id}/committee/{memberId}/remove")
	String removeCommittee(KombelUser user, @PathVariable long id, @PathVariable long memberId) {
		crew.removeCommittee(user, id, memberId);
		return "redirect:/events/" + id + "#committee";
	}

	@PostMapping("/events/{id}/speakers")
	String addSpeaker(KombelUser user, @PathVariable long id, @Valid @ModelAttribute Crew.SpeakerForm form,
			BindingResult result, Model model, Locale locale) {
		return PageForms.submit(result, () -> {
			crew.addSpeaker(user, id, form);
			return "redirect:/events/" + id + "#speakers";
		}, () -> pages.event(user, id, model, result, locale));
	}

	@PostMapping("/events/{id}/speakers/{speakerId}/remove")
	String removeSpeaker(KombelUser user, @PathVariable long id, @PathVariable long speakerId) {
		crew.removeSpeaker(user, id, speakerId);
		return "redirect:/events/" + id + "#speakers";
	}

}
