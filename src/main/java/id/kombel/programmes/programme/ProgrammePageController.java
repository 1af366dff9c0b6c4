package id.kombel.programmes.programme;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.kombel.programmes.ProgrammeForm;
import id.kombel.programmes.ProgrammeKind;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.Programmes;
import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.PageForms;

/**
 * The pages of programme staff and local committees: programmes, a programme with its
 * events, and an event (the venue's check-in page: checkin.VenueCheckInController).
 */
@Controller
class ProgrammePageController {

	private final Programmes programmes;

	private final ProgrammePolicy policy;

	private final ProgrammePages pages;

	private final Regions regions;

	private final Validator validator;

	private final MessageSource messages;

	ProgrammePageController(Programmes programmes, ProgrammePolicy policy, ProgrammePages pages, Regions regions,
			Validator validator, MessageSource messages) {
		this.programmes = programmes;
		this.policy = policy;
		this.pages = pages;
		this.regions = regions;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/programmes")
	String list(KombelUser user, Model model) {
		model.addAttribute("programmes", programmes.list(user));
		model.addAttribute("myEvents", programmes.eventsOfCommittee(user));
		model.addAttribute("runs", policy.runsProgrammes(user));
		model.addAttribute("kinds", ProgrammeKind.values());
		model.addAttribute("provinces",
				regions.byLevel(RegionLevel.PROVINCE).stream().filter(p -> policy.runsIn(user, p.code())).toList());
		return "programmes/programmes";
	}

	@PostMapping("/programmes")
	String create(KombelUser user, @Valid @ModelAttribute NewProgramme form, BindingResult result, Model model,
			Locale locale) {
		return PageForms.submit(result, () -> {
			ProgrammeForm data = form.toProgrammeForm();
			PageForms.reject(result, "agenda", validator.validate(data));
			return result.hasErrors() ? null : "redirect:/programmes/" + programmes.create(user, data).id();
		}, () -> {
			PageForms.listErrors(result, model, messages, locale);
			return list(user, model);
		});
	}

	@GetMapping("/programmes/{id}")
	String programme(KombelUser user, @PathVariable long id, Model model) {
		return pages.programme(user, id, model);
	}

	@PostMapping("/programmes/{id}/events")
	String forEachRegency(KombelUser user, @PathVariable long id, @Valid @ModelAttribute NewEvents form,
			BindingResult result, Model model, Locale locale) {
		return PageForms.submit(result, () -> {
			programmes.createForEachRegency(user, id, form.date(), form.regencyCodes());
			return "redirect:/programmes/" + id;
		}, () -> pages.programme(user, id, model, result, locale));
	}

	@GetMapping("/events/{id}")
	String event(KombelUser user, @PathVariable long id, Model model, Locale locale) {
		return pages.event(user, id, model, locale);
	}

	@PostMapping("/events/{id}")
	String update(KombelUser user, @PathVariable long id, @Valid @ModelAttribute EventForm form, BindingResult result,
			Model model, Locale locale) {
		return PageForms.submit(result, () -> {
			programmes.updateEvent(user, id, form.date(), form.venue(), form.capacity(), form.openingOfficial());
			return "redirect:/events/" + id;
		}, () -> pages.event(user, id, model, result, locale));
	}

}
