package id.kombel.monitoring.dashboard;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kombel.monitoring.Summary;
import id.kombel.monitoring.model.ReadModel;
import id.kombel.shared.Level;
import id.kombel.shared.access.AdminOnly;
import id.kombel.shared.access.KombelUser;

/** The monitoring dashboard: a place's figures, its children, lists and downloads. */
@Controller
@RequestMapping("/monitoring")
class MonitoringPageController {

	private static final List<String> SORTS = List.of("name", "total", "NOT_STARTED", "ACTIVE", "STALLED", "schools",
			"behind");

	private final Dashboards dashboards;

	private final Exports exports;

	private final ReadModel model;

	private final HelpLists help;

	private final org.springframework.context.MessageSource messages;

	MonitoringPageController(Dashboards dashboards, Exports exports, ReadModel model, HelpLists help,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.help = help;
		this.dashboards = dashboards;
		this.exports = exports;
		this.model = model;
	}

	@GetMapping
	String dashboard(KombelUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long school, @RequestParam(required = false) String level,
			@RequestParam(defaultValue = "name") String sort, java.util.Locale locale, Model page) {
		Level lv = Dashboards.level(level);
		Place place = dashboards.place(user.scope(), region, school);
		Summary summary = dashboards.summary(user.scope(), place, lv);
		String by = SORTS.contains(sort) ? sort : "name";
		List<Summary.Child> children = summary.children().stream().sorted(order(by)).toList();
		long max = children.stream().mapToLong(c -> c.communities().total()).max().orElse(0);
		page.addAttribute("place", place);
		page.addAttribute("path", dashboards.path(place));
		page.addAttribute("admin", user.isAdmin());
		page.addAttribute("summary", summary);
		page.addAttribute("children", children);
		page.addAttribute("max", Math.max(1, max));
		page.addAttribute("maxMonth",
				Math.max(1, summary.activitiesByMonth().stream().mapToLong(Summary.Month::held).max().orElse(0)));
		page.addAttribute("sort", by);
		page.addAttribute("level", lv == null ? "" : lv.name());
		page.addAttribute("levels", Level.values());
		var stalled = dashboards.communities(user.scope(), place, lv, "STALLED", 0, 10);
		page.addAttribute("stalled", stalled);
		String base = id.kombel.shared.web.PublicAddress.base();
		java.util.Map<Long, String> shares = new java.util.HashMap<>();
		stalled.content()
			.forEach(
					c -> shares
						.put(c.id(),
								id.kombel.shared.web.WhatsApp
									.shareLink(
											messages.getMessage("monitoring.share.text",
													new Object[] { c.name(),
															messages.getMessage("monitoring.state." + c.state(), null,
																	locale),
															base + "/communities/" + c.id() },
													locale))));
		page.addAttribute("shares", shares);
		page.addAttribute("help", help.of(user.scope(), place, lv));
		page.addAttribute("query",
				place.query() + (lv == null ? "" : (place.query().isEmpty() ? "" : "&") + "level=" + lv));
		return "monitoring/dashboard";
	}

	private static Comparator<Summary.Child> order(String by) {
		Comparator<Summary.Child> byName = Comparator.comparing(Summary.Child::name, String.CASE_INSENSITIVE_ORDER);
		Comparator<Summary.Child> first = switch (by) {
			case "total" -> Comparator.comparingLong((Summary.Child c) -> c.communities().total()).reversed();
			case "NOT_STARTED" ->
				Comparator.comparingLong((Summary.Child c) -> c.communities().notStarted()).reversed();
			case "ACTIVE" -> Comparator.comparingLong((Summary.Child c) -> c.communities().active()).reversed();
			case "STALLED" -> Comparator.comparingLong((Summary.Child c) -> c.communities().stalled()).reversed();
			case "schools" ->
				Comparator.comparingLong((Summary.Child c) -> c.schools().total() - c.schools().withCommunity())
					.reversed();
			case "behind" -> Comparator.comparingLong((Summary.Child c) -> c.goals().behind()).reversed();
			default -> byName;
		};
		return first.thenComparing(byName);
	}

	/** Every table of the page as XLSX or PDF: children, months, stalled, help lists. */
	@GetMapping("/{table}.{format:xlsx|pdf}")
	ResponseEntity<byte[]> download(KombelUser user, @PathVariable String table, @PathVariable String format,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long school,
			@RequestParam(required = false) String level) {
		Level lv = Dashboards.level(level);
		Place place = dashboards.place(user.scope(), region, school);
		return exports.download(user.scope(), place, lv, table, format);
	}

	@AdminOnly
	@PostMapping("/rebuild")
	String rebuild(RedirectAttributes redirect) {
		ReadModel.Rebuilt done = model.rebuild();
		redirect.addFlashAttribute("rebuilt", done);
		return "redirect:/monitoring";
	}

}
