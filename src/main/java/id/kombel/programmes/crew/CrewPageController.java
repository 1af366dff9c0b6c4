package id.kombel.programmes.crew;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import id.kombel.programmes.web.PageForms;
import id.kombel.programmes.programme.ProgrammePages;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;

/**
 * The committee and speaker forms of the event page; refused input shows the event page
 * again with the errors.
 */
@Controller
class CrewPageController {

	private final Crew crew;

	private final ProgrammePages pages;

	private final MessageSource messages;

	CrewPageController(Crew crew, ProgrammePages pages, MessageSource messages) {
		this.crew = crew;
		this.pages = pages;
		this.messages = messages;
	}

	@PostMapping("/events/{id}/committee")
	String addCommittee(KombelUser user, @PathVariable long id, @Valid @ModelAttribute Crew.CommitteeForm form,
			BindingResult result, Model model, Locale locale) {
		if (!result.hasErrors()) {
			try {
				crew.addCommittee(user, id, form);
				return "redirect:/events/" + id + "#committee";
			}
			catch (InvalidInputException ex) {
				PageForms.reject(result, ex);
			}
		}
		PageForms.refused(result, model, messages, locale);
		return pages.event(user, id, model, locale);
	}

	@PostMapping("/events/{id}/committee/{memberId}/remove")
	String removeCommittee(KombelUser user, @PathVariable long id, @PathVariable long memberId) {
		crew.removeCommittee(user, id, memberId);
		return "redirect:/events/" + id + "#committee";
	}

	@PostMapping("/events/{id}/speakers")
	String addSpeaker(KombelUser user, @PathVariable long id, @Valid @ModelAttribute Crew.SpeakerForm form,
			BindingResult result, Model model, Locale locale) {
		if (!result.hasErrors()) {
			try {
				crew.addSpeaker(user, id, form);
				return "redirect:/events/" + id + "#speakers";
			}
			catch (InvalidInputException ex) {
				PageForms.reject(result, ex);
			}
		}
		PageForms.refused(result, model, messages, locale);
		return pages.event(user, id, model, locale);
	}

	@PostMapping("/events/{id}/speakers/{speakerId}/remove")
	String removeSpeaker(KombelUser user, @PathVariable long id, @PathVariable long speakerId) {
		crew.removeSpeaker(user, id, speakerId);
		return "redirect:/events/" + id + "#speakers";
	}

}
