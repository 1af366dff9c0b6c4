package id.kombel.programmes.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kombel.programmes.ProgrammeForm;
import id.kombel.programmes.ProgrammeKind;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.Programmes;
import id.kombel.programmes.Views.ProgrammeView;
import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.shared.access.KombelUser;

/**
 * The pages of programme staff and local committees: programmes, a programme with its events,
 * and an event (the venue's check-in page: checkin.VenueCheckInController).
 */
@Controller
class ProgrammePageController {

	record NewProgramme(String title, ProgrammeKind kind, String provinceCode, Integer targetParticipants,
			Integer hours, Integer minSessions, String agenda) {
	}

	private final Programmes programmes;

	private final ProgrammePolicy policy;

	private final ProgrammePages pages;

	private final Regions regions;

	private final Validator validator;

	ProgrammePageController(Programmes programmes, ProgrammePolicy policy, ProgrammePages pages, Regions regions, Validator validator) {
		this.programmes = programmes;
		this.policy = policy;
		this.pages = pages;
		this.regions = regions;
		this.validator = validator;
	}

	@GetMapping("/programmes")
	String list(KombelUser user, Model model) {
		model.addAttribute("programmes", programmes.list(user));
		model.addAttribute("myEvents", programmes.eventsOfCommittee(user));
		model.addAttribute("runs", policy.runsProgrammes(user));
		model.addAttribute("kinds", ProgrammeKind.values());
		model.addAttribute("provinces", regions.byLevel(RegionLevel.PROVINCE)
			.stream()
			.filter(p -> policy.runsIn(user, p.code()))
			.toList());
		return "programmes/programmes";
	}

	@PostMapping("/programmes")
	String create(KombelUser user, NewProgramme form) {
		ProgrammeForm data = new ProgrammeForm(form.title(), form.kind(), form.provinceCode(),
				form.targetParticipants(), form.hours(), form.minSessions(), AgendaText.parse(form.agenda()));
		Set<ConstraintViolation<ProgrammeForm>> violations = validator.validate(data);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		ProgrammeView created = programmes.create(user, data);
		return "redirect:/programmes/" + created.id();
	}

	@GetMapping("/programmes/{id}")
	String programme(KombelUser user, @PathVariable long id, Model model) {
		return pages.programme(user, id, model);
	}

	@PostMapping("/programmes/{id}/events")
	String forEachRegency(KombelUser user, @PathVariable long id, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) List<String> regencyCodes) {
		programmes.createForEachRegency(user, id, date, regencyCodes);
		return "redirect:/programmes/" + id;
	}

	@GetMapping("/events/{id}")
	String event(KombelUser user, @PathVariable long id, Model model, Locale locale) {
		return pages.event(user, id, model, locale);
	}

	@PostMapping("/events/{id}")
	String update(KombelUser user, @PathVariable long id, @Valid EventForm form) {
		programmes.updateEvent(user, id, form.date(), form.venue(), form.capacity(), form.openingOfficial());
		return "redirect:/events/" + id;
	}
}
