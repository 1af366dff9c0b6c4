package id.kombel.activities.activity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kombel.shared.web.PublicAddress;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityPolicy;
import id.kombel.communities.StarterStep;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.TimeZones;
import id.kombel.shared.web.ConflictException;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.PageForms;
import id.kombel.shared.web.ServiceWorkers;
import id.kombel.shared.web.WhatsApp;
import id.kombel.activities.Activities;
import id.kombel.activities.ActivityForm;
import id.kombel.activities.ActivityMode;
import id.kombel.activities.ActivityRole;
import id.kombel.activities.ActivityView;
import id.kombel.activities.AttendanceStatus;
import id.kombel.activities.challenge.ChallengeForm;
import id.kombel.activities.challenge.ChallengeView;
import id.kombel.activities.challenge.Challenges;
import id.kombel.activities.attendance.CheckInResult;
import id.kombel.activities.attendance.CheckIns;
import id.kombel.activities.Closing;
import id.kombel.activities.reflection.ReflectionForm;
import id.kombel.activities.TaskKind;

/**
 * The pages a facilitator and members use around an activity, from the starter path to
 * closing.
 */
@Controller
class ActivityPageController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Activities activities;

	private final Closing closing;

	private final Challenges challenges;

	private final Communities communities;

	private final CommunityPolicy communityPolicy;

	private final MessageSource messages;

	private final CheckIns checkIns;

	ActivityPageController(Activities activities, Closing closing, Challenges challenges, Communities communities,
			CommunityPolicy communityPolicy, MessageSource messages, CheckIns checkIns) {
		this.checkIns = checkIns;
		this.activities = activities;
		this.closing = closing;
		this.challenges = challenges;
		this.communities = communities;
		this.communityPolicy = communityPolicy;
		this.messages = messages;
	}

	/**
	 * The starter path: the first stage's checklist and ready-made plans for the first
	 * activity.
	 */
	@GetMapping("/communities/{id}/start")
	String start(KombelUser user, @PathVariable long id, Model model) {
		communityPolicy.require(user, CommunityPolicy.Action.MANAGE, id);
		model.addAttribute("community", communities.get(user, id));
		model.addAttribute("steps", StarterStep.values());
		model.addAttribute("plans", StarterPlan.values());
		return "activities/start";
	}

	@PostMapping("/communities/{id}/start/{step}")
	String step(KombelUser user, @PathVariable long id, @PathVariable StarterStep step,
			@RequestParam(defaultValue = "true") boolean done) {
		communities.markStep(user, id, step, done);
		return "redirect:/communities/" + id + "/start";
	}

	@GetMapping("/communities/{id}/activities")
	String list(KombelUser user, @PathVariable long id, Model model) {
		model.addAttribute("community", communities.get(user, id));
		clock(model, id);
		model.addAttribute("activities", activities.ofCommunity(user, id));
		model.addAttribute("challenges", challenges.ofCommunity(user, id));
		return "activities/list";
	}

	@GetMapping("/communities/{id}/activities/new")
	String newActivity(KombelUser user, @PathVariable long id, @RequestParam(required = false) StarterPlan plan,
			Model model, Locale locale) {
		communityPolicy.require(user, CommunityPolicy.Action.MANAGE, id);
		if (!model.containsAttribute("form")) {
			LocalDate day = LocalDate.now(communities.zoneOf(id)).plusWeeks(1);
			var start = day.atTime(LocalTime.of(14, 0));
			int minutes = plan == null ? 90 : plan.minutes();
			model.addAttribute("form",
					new ActivityForm(plan == null ? "" : messages.getMessage("plan." + plan + ".title", null, locale),
							plan == null ? ActivityRole.DISCUSSION : plan.role(),
							plan == null ? ActivityMode.OFFLINE : plan.mode(), LOCAL.format(start),
							LOCAL.format(start.plusMinutes(minutes)), "", "",
							plan == null ? "" : messages.getMessage("plan." + plan + ".agenda", null, locale)));
		}
		model.addAttribute("community", communities.get(user, id));
		clock(model, id);
		model.addAttribute("roles", ActivityRole.values());
		model.addAttribute("modes", ActivityMode.values());
		return "activities/new";
	}

	@PostMapping("/communities/{id}/activities")
	String schedule(KombelUser user, @PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult result, Model model, Locale locale) {
		return PageForms.submit(result, () -> "redirect:/activities/" + activities.schedule(user, id, form).id(),
				() -> newActivity(user, id, null, model, locale));
	}

	/**
	 * Keeps an activity page (its check-in code) opened once for a room without signal.
	 */
	@GetMapping(path = "/activities/sw.js", produces = "text/javascript")
	ResponseEntity<String> serviceWorker() {
		return ServiceWorkers.response(ServiceWorkers.OFFLINE_PAGES);
	}

	@GetMapping("/activities/{id}")
	String one(KombelUser user, @PathVariable long id, Model model, Locale locale) {
		ActivityView activity = activities.get(user, id);
		model.addAttribute("activity", activity);
		model.addAttribute("community", communities.get(user, activity.communityId()));
		clock(model, activity.communityId());
		model.addAttribute("whatsapp", whatsapp(activity, locale));
		model.addAttribute("statusOf",
				activity.attendance()
					.stream()
					.collect(java.util.stream.Collectors.toMap(ActivityView.AttendanceView::accountId,
							ActivityView.AttendanceView::status)));
		model.addAttribute("canWriteMinutes",
				activity.facilitator() || activity.tasks()
					.stream()
					.anyMatch(t -> t.kind() == TaskKind.NOTE_TAKER && t.accountId() == user.accountId()));
		model.addAttribute("challenges",
				challenges.ofCommunity(user, activity.communityId())
					.stream()
					.filter(c -> c.solvedAt() == null)
					.toList());
		model.addAttribute("reflection", closing.myReflection(user, id).orElse(new ReflectionForm("", "", "")));
		if (activity.facilitator()) {
			model.addAttribute("suggestions", activities.taskSuggestions(user, id));
			model.addAttribute("members", communities.activeMembers(activity.communityId()));
			model.addAttribute("taskKinds", TaskKind.values());
		}
		return "activities/detail";
	}

	/** A WhatsApp share link carrying the essentials: what, when, where, and the page. */
	private String whatsapp(ActivityView a, Locale locale) {
		java.time.ZoneId zone = communities.zoneOf(a.communityId());
		String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH.mm", locale)
			.withZone(zone)
			.format(a.startsAt());
		String where = a.venue() != null ? a.venue() : (a.meetingLink() != null ? a.meetingLink() : "");
		String page = PublicAddress.of("/activities/" + a.id());
		String text = a.title() + "\n" + when + " " + TimeZones.label(zone) + "\n" + where + "\n" + page;
		return WhatsApp.shareLink(text);
	}

	/**
	 * Where the QR code shown by the facilitator leads: the code is filled in, one tap
	 * checks in.
	 */
	@GetMapping("/activities/{id}/check-in")
	String checkInForm(KombelUser user, @PathVariable long id, @RequestParam(required = false) String code,
			Model model) {
		model.addAttribute("activity", activities.get(user, id));
		model.addAttribute("code", code);
		return "activities/check-in";
	}

	@PostMapping("/activities/{id}/check-in")
	String checkIn(KombelUser user, @PathVariable long id, @RequestParam(required = false) String code,
			RedirectAttributes redirect, Locale locale) {
		try {
			CheckInResult result = checkIns.checkIn(user, id, code);
			redirect.addFlashAttribute("notice", messages.getMessage("activities.result." + result, null, locale));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex.problems().get(0).messageKey(), null, locale));
			return "redirect:/activities/" + id + "/check-in";
		}
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/register")
	String register(KombelUser user, @PathVariable long id) {
		activities.register(user, id);
		return "redirect:/activities/" + id;
	}

	@PostMapping("/activities/{id}/attendance")
	String mark(KombelUser user, @PathVariable long id, @RequestParam long accountId,
			@RequestParam AttendanceStatus status) {
		activities.mark(user, id, accountId, status);
		return "redirect:/activities/" + id + "#roll";
	}

	@PostMapping("/activities/{id}/tasks")
	String assign(KombelUser user, @PathVariable long id, @RequestParam long accountId, @RequestParam TaskKind kind,
			@RequestParam(required = false) String label, RedirectAttributes redirect, Locale locale) {
		try {
			activities.assignTask(user, id, accountId, kind, label);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", messages.getMessage(ex.getMessage(), null, locale));
		}
		return "redirect:/activities/" + id + "#tasks";
	}

	@PostMapping("/activities/{id}/minutes")
	String minutes(KombelUser user, @PathVariable long id, @RequestParam(required = false) String minutes) {
		activities.writeMinutes(user, id, minutes);
		return "redirect:/activities/" + id + "#minutes";
	}

	@PostMapping("/activities/{id}/reflection")
	String reflect(KombelUser user, @PathVariable long id, @Valid ReflectionForm form, RedirectAttributes redirect,
			Locale locale) {
		closing.reflect(user, id, form);
		redirect.addFlashAttribute("notice", messages.getMessage("activities.reflection-saved", null, locale));
		return "redirect:/activities/" + id + "#reflection";
	}

	@PostMapping("/activities/{id}/close")
	String close(KombelUser user, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			closing.close(user, id);
		}
		catch (InvalidInputException ex) {
			refused(ex, redirect, locale);
		}
		return "redirect:/activities/" + id;
	}

	/** The community's clock, for the times the page shows and the form takes. */
	private void clock(Model model, long communityId) {
		java.time.ZoneId zone = communities.zoneOf(communityId);
		model.addAttribute("zone", zone.getId());
		model.addAttribute("zoneLabel", TimeZones.label(zone));
	}

	private void refused(InvalidInputException ex, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("problem",
				ex.problems()
					.stream()
					.map(p -> messages.getMessage(p.messageKey(), p.args(), locale))
					.collect(java.util.stream.Collectors.joining(" ")));
	}

	@PostMapping("/communities/{id}/challenges")
	String raise(KombelUser user, @PathVariable long id, @Valid ChallengeForm form) {
		challenges.raise(user, id, form);
		return "redirect:/communities/" + id + "/activities#challenges";
	}

	@PostMapping("/challenges/{id}/solve")
	String solve(KombelUser user, @PathVariable long id, @RequestParam(required = false) String solution) {
		ChallengeView solved = challenges.solve(user, id, solution);
		return "redirect:/communities/" + solved.communityId() + "/activities#challenges";
	}

}
