package id.kombel.knowledge.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.shared.Level;
import id.kombel.shared.access.AdminOnly;
import id.kombel.shared.access.KombelUser;
import id.kombel.knowledge.question.AnswerTimes;
import id.kombel.knowledge.search.KnowledgeSearch;
import id.kombel.knowledge.Materials;
import id.kombel.knowledge.moderation.Moderation;
import id.kombel.knowledge.Practices;
import id.kombel.knowledge.Questions;
import id.kombel.knowledge.access.Readers;
import id.kombel.knowledge.search.SearchIndex;
import id.kombel.knowledge.search.SearchQuery;

/**
 * The knowledge home (one search box, results, what is new, questions waiting),
 * moderation and the index.
 */
@Controller
class KnowledgePageController {

	private final KnowledgeSearch search;

	private final Practices practices;

	private final Questions questions;

	private final Materials materials;

	private final Moderation moderation;

	private final SearchIndex index;

	private final Regions regions;

	private final AnswerTimes answerTimes;

	KnowledgePageController(KnowledgeSearch search, Practices practices, Questions questions, Materials materials,
			Moderation moderation, SearchIndex index, Regions regions, AnswerTimes answerTimes) {
		this.answerTimes = answerTimes;
		this.search = search;
		this.practices = practices;
		this.questions = questions;
		this.materials = materials;
		this.moderation = moderation;
		this.index = index;
		this.regions = regions;
	}

	/**
	 * Open to visitors without an account too: they search and see public items only
	 * ({@link Readers#of}).
	 */
	@GetMapping("/knowledge")
	String home(KombelUser user, @Valid SearchQuery query, Model model) {
		// a query too long or a page out of range is said (400 with the reason, by
		// ErrorHandling), not silently dropped
		SearchQuery safe = query;
		boolean searching = safe.hasWords() || safe.type() != null && !safe.type().isBlank()
				|| safe.level() != null && !safe.level().isBlank()
				|| safe.subject() != null && !safe.subject().isBlank()
				|| safe.region() != null && !safe.region().isBlank();
		model.addAttribute("query", safe);
		model.addAttribute("levels", Level.values());
		// answers are found inside their question; the API's type=answer lists them one
		// by one for clients
		model.addAttribute("types", List.of("practice", "question", "material"));
		model.addAttribute("provinces", regions.byLevel(RegionLevel.PROVINCE));
		model.addAttribute("regencies", safe.region() == null || safe.region().isBlank() ? List.of()
				: regions.children(safe.region().substring(0, 2)));
		if (searching) {
			model.addAttribute("result", search.search(user, safe));
		}
		else {
			model.addAttribute("waiting", user == null ? List.of() : questions.waitingFor(user, 10));
			model.addAttribute("practices", practices.latest(user));
			model.addAttribute("questions", questions.latest(user));
			model.addAttribute("materials", materials.latest(user));
			model.addAttribute("drafts", user == null ? List.of() : practices.drafts(user));
			model.addAttribute("answerTimes", user == null ? null : answerTimes.summaryFor(user).orElse(null));
		}
		return "knowledge/home";
	}

	/**
	 * Where a "sign in to …" link of a public page leads: not open to visitors, so the
	 * sign-in page comes first and then returns here, and from here to the page the
	 * visitor was reading.
	 */
	@GetMapping("/knowledge/sign-in")
	String signIn(@RequestParam(required = false) String back) {
		return "redirect:" + safeBack(back);
	}

	@PostMapping("/knowledge/report")
	String report(KombelUser user, @RequestParam String type, @RequestParam long id,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String note,
			@RequestParam(required = false) String back, RedirectAttributes redirect) {
		moderation.report(user, type, id, reason, note);
		redirect.addFlashAttribute("notice", "knowledge.reported");
		return "redirect:" + safeBack(back);
	}

	@PostMapping("/knowledge/moderation/{type}/{id}/{action:hide|restore|dismiss}")
	String moderate(KombelUser user, @PathVariable String type, @PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) String note, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		switch (action) {
			case "hide" -> moderation.setHidden(user, type, id, true, note);
			case "restore" -> moderation.setHidden(user, type, id, false, note);
			default -> moderation.dismiss(user, type, id, note);
		}
		redirect.addFlashAttribute("notice", "knowledge.moderated." + action);
		return "redirect:" + safeBack(back);
	}

	/**
	 * Reports to act on and the latest moderation steps; for administrators also the
	 * index rebuild.
	 */
	@GetMapping("/knowledge/moderation")
	String moderationPage(KombelUser user, Model model) {
		model.addAttribute("reports", moderation.openReports(user));
		model.addAttribute("trail", moderation.latestTrail(user));
		model.addAttribute("index", user.isAdmin() ? index.status() : null);
		return "knowledge/moderation";
	}

	@PostMapping("/knowledge/moderation/reindex")
	@AdminOnly
	String reindex(RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", index.start() ? "knowledge.reindex-started" : "knowledge.reindex-running");
		return "redirect:/knowledge/moderation";
	}

	/**
	 * Only our own pages: a redirect never leaves the site. Browsers read "/\host" as
	 * "//host", and braces would be taken for URI template variables by the redirect
	 * view, so only the plain characters of our own paths pass.
	 */
	static String safeBack(String back) {
		return back != null && SAFE_BACK.matcher(back).matches() ? back : "/knowledge";
	}

	private static final java.util.regex.Pattern SAFE_BACK = java.util.regex.Pattern
		.compile("/(?![/\\\\])[A-Za-z0-9/_#?=&.%-]*");

}
