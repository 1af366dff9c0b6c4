package id.kombel.communities.community;

import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import id.kombel.shared.agenda.CommunityAgenda;
import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.schools.SchoolView;
import id.kombel.shared.Level;
import id.kombel.shared.PageResult;
import id.kombel.shared.TimeZones;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.validation.CommaList;
import id.kombel.shared.validation.ValidRegionCode;
import id.kombel.shared.web.PageForms;
import id.kombel.communities.Access;
import id.kombel.communities.CommunityPolicy;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityForm;
import id.kombel.communities.CommunityGoals;
import id.kombel.communities.CommunityBrowse;
import id.kombel.communities.CommunityKind;
import id.kombel.communities.CommunityView;
import id.kombel.communities.cycle.CycleForm;
import id.kombel.communities.GoalForm;
import id.kombel.communities.JoinPolicy;
import id.kombel.communities.MeasurementForm;
import id.kombel.communities.cycle.Phase;
import id.kombel.communities.Purpose;

@Controller
class CommunityPageController {

	/**
	 * The start form as typed: subjects as one comma-separated line; the rules of
	 * {@link CommunityForm}.
	 */
	record StartForm(
			@NotBlank(message = "{validation.required}") @Size(min = 3, max = 150,
					message = "{validation.length}") String name,
			@NotNull(message = "{validation.required}") CommunityKind kind,
			@NotEmpty(message = "{validation.required}") List<@NotNull Level> levels,
			@CommaList(items = 10, length = 25) String subjects,
			@NotBlank(message = "{validation.required}") @ValidRegionCode String regionCode,
			@Size(max = 2000, message = "{validation.too-long}") String description,
			@Size(max = 200, message = "{validation.too-long}") String meetingNorm, JoinPolicy joinPolicy) {

		/**
		 * No home school: create places an in-school community at the starter's school.
		 */
		CommunityForm toForm() {
			return new CommunityForm(name, kind, levels == null ? List.of() : levels, CommaList.Check.entries(subjects),
					regionCode, null, description, meetingNorm, joinPolicy);
		}
	}

	private final Communities communities;

	private final CommunityGoals goals;

	private final Regions regions;

	private final Validator validator;

	private final CommunityAgenda agenda;

	private final RenderedBodies bodies;

	private final PageShell shell;

	private final ListPage list;

	private final CommunitySnapshots snapshots;

	CommunityPageController(Communities communities, CommunityGoals goals, Regions regions, Validator validator,
			CommunityAgenda agenda, RenderedBodies bodies, PageShell shell, ListPage list,
			CommunitySnapshots snapshots) {
		this.communities = communities;
		this.snapshots = snapshots;
		this.list = list;
		this.shell = shell;
		this.bodies = bodies;
		this.agenda = agenda;
		this.goals = goals;
		this.regions = regions;
		this.validator = validator;
	}

	@GetMapping("/communities")
	ModelAndView browse(KombelUser user, CommunityQuery query, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		// bound by shared.web.QueryRecords (its constructor looked up once, not per
		// request)
		// a select left on "Semua" sends an empty value: that means any, not a mistake
		CommunityQuery asked = query.blanksAsAny();
		List<String> problems = validator.validate(asked).stream().map(v -> v.getMessage()).sorted().toList();
		// a filter that cannot be used is said, not silently dropped
		CommunityQuery safe = problems.isEmpty() ? asked
				: new CommunityQuery(null, null, null, null, null, null, 0, 20);
		CommunityBrowse browse = communities.browse(user, safe);
		String body = list.body(safe, problems, browse, locale, request, response);
		return new ModelAndView(
				shell.page("communities/list-cached", user, list.title(locale), body, locale, request, response));
	}

	@GetMapping("/communities/new")
	String startForm(KombelUser user, Model model) {
		if (!model.containsAttribute("form")) {
			String region = communities.homeSchoolOf(user).map(SchoolView::districtCode).orElse("");
			model.addAttribute("form",
					new StartForm("", CommunityKind.SCHOOL, List.of(), "", region, "", "", JoinPolicy.OPEN));
		}
		model.addAttribute("levels", Level.values());
		model.addAttribute("kinds", CommunityKind.values());
		return "communities/new";
	}

	@PostMapping("/communities")
	String start(KombelUser user, @Valid @ModelAttribute("form") StartForm form, BindingResult result, Model model) {
		return PageForms.submit(result,
				() -> "redirect:/communities/" + communities.create(user, form.toForm()).id() + "/start",
				() -> startForm(user, model));
	}

	@GetMapping("/communities/{id}")
	ModelAndView one(KombelUser user, @PathVariable long id, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		CommunityView community = communities.get(user, id);
		// everyone who sees the same data sees the same body but for their feed address
		// and CSRF token: it is rendered once (not after joining: that page says so)
		boolean shared = !model.containsAttribute("joined");
		model.addAttribute("community", community);
		model.addAttribute("region", regions.find(community.regionCode()).orElse(null));
		// the community's clock (follows from its region, which the cached body's key
		// holds)
		model.addAttribute("zone", TimeZones.of(community.regionCode()).getId());
		model.addAttribute("zoneLabel", TimeZones.label(TimeZones.of(community.regionCode())));
		boolean hasFeed = false;
		if (CommunityPolicy.Action.SEE_MEMBERS.allowedAt(community.access())) {
			model.addAttribute("members", communities.members(user, id));
			model.addAttribute("goals", goals.goals(user, id));
			model.addAttribute("cycle", goals.currentCycle(id).orElse(null));
			model.addAttribute("cycles", goals.cycles(user, id));
			model.addAttribute("upcoming", agenda.upcoming(id, 3));
			if (CommunityPolicy.Action.PARTICIPATE.allowedAt(community.access())) {
				hasFeed = true;
				model.addAttribute("feed", shared ? FEED : agenda.memberFeed(id, user.accountId()));
			}
		}
		if (community.access() == Access.FACILITATOR) {
			// the snapshot's (evicted on every node by a change): no entity load per
			// view; a certificate being issued reads the database
			model.addAttribute("certificateHours", snapshots.get(id).certificateHours());
		}
		model.addAttribute("purposes", Purpose.values());
		model.addAttribute("phases", Phase.values());
		// the community's today (its region's zone), by the one clock
		model.addAttribute("today", goals.today(id));
		if (!shared) {
			return new ModelAndView("communities/detail");
		}
		RenderedBodies.Cut body = bodies.renderCut("communities/detail", "main/div", model.asMap(), PAGE_DATA,
				List.of(FEED), locale, request, response);
		Map<String, String> values = hasFeed
				? Map.of(FEED, HtmlUtils.htmlEscape(request.getContextPath() + agenda.memberFeed(id, user.accountId())))
				: Map.of();
		return new ModelAndView(shell.page("communities/detail-cached", user, community.name(), body, values, locale,
				request, response));
	}

	private static final String FEED = "kombel-member-feed";

	/** What the community page shows: the key of its rendered body. */
	private static final List<String> PAGE_DATA = List.of("community", "region", "members", "goals", "cycle", "cycles",
			"upcoming", "today", "feed", "certificateHours");

	@PostMapping("/communities/{id}/join")
	String join(KombelUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("joined", communities.join(user, id));
		return "redirect:/communities/" + id;
	}

	@PostMapping("/communities/{id}/members/{accountId}/approve")
	String approve(KombelUser user, @PathVariable long id, @PathVariable long accountId) {
		communities.setMember(user, id, accountId, null, null);
		return "redirect:/communities/" + id;
	}

	@PostMapping("/communities/{id}/certificate-hours")
	String certificateHours(KombelUser user, @PathVariable long id, @RequestParam(required = false) Integer hours) {
		communities.setCertificateHours(user, id, hours);
		return "redirect:/communities/" + id + "#certificate-hours";
	}

	@PostMapping("/communities/{id}/goals")
	String addGoal(KombelUser user, @PathVariable long id, @Valid GoalForm form) {
		goals.addGoal(user, id, form);
		return "redirect:/communities/" + id + "#goals";
	}

	@PostMapping("/communities/{id}/goals/{goalId}/measurements")
	String measure(KombelUser user, @PathVariable long id, @PathVariable long goalId, @Valid MeasurementForm form) {
		goals.measure(user, id, goalId, form);
		return "redirect:/communities/" + id + "#goals";
	}

	@PostMapping("/communities/{id}/cycles")
	String startCycle(KombelUser user, @PathVariable long id, @RequestParam(required = false) Long goalId) {
		goals.startCycle(user, id, goalId);
		return "redirect:/communities/" + id + "#cycle";
	}

	@PostMapping(path = "/communities/{id}/cycles/{cycleId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String attachEvidence(KombelUser user, @PathVariable long id, @PathVariable long cycleId,
			@RequestParam("file") MultipartFile file) {
		goals.attachEvidence(user, id, cycleId, file);
		return "redirect:/communities/" + id + "#cycle";
	}

	@GetMapping("/communities/{id}/cycles/{cycleId}/evidence")
	ResponseEntity<byte[]> evidence(KombelUser user, @PathVariable long id, @PathVariable long cycleId) {
		return goals.evidence(user, id, cycleId);
	}

	@PostMapping("/communities/{id}/cycles/{cycleId}")
	String updateCycle(KombelUser user, @PathVariable long id, @PathVariable long cycleId, @Valid CycleForm form) {
		goals.updateCycle(user, id, cycleId, form);
		return "redirect:/communities/" + id + "#cycle";
	}

}
