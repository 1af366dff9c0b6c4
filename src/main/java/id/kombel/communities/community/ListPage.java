package id.kombel.communities.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.kombel.communities.CommunityBrowse;
import id.kombel.communities.CommunityCard;
import id.kombel.communities.CommunityKind;
import id.kombel.communities.CommunityView;
import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.shared.Level;
import id.kombel.shared.PageResult;

/**
 * The body of the community list page, put together from parts rendered once (issue 17: a
 * list page in spread traffic is almost never asked twice, so a body cached whole was
 * rendered anew on nearly every request): the page's frame per language and province with
 * holes ({@code communities/list :: page}), each community's card from {@link ListCards},
 * the pager and any filter errors from {@link RenderedBodies}. Only the count, the typed
 * texts and the selected options are written per request.
 */
@Component
class ListPage {

	private static final String TEMPLATE = "communities/list";

	private static final String MINE = "kombelholemine";

	private static final String ERRORS = "kombelholeerrors";

	private static final String SUBJECT = "kombelholesubject";

	private static final String Q = "kombelholeq";

	private static final String COUNT = "kombelholecount";

	private static final String CARDS = "kombelholecards";

	private static final String PAGER = "kombelholepager";

	/** Ends each card of one rendering. */
	private static final String END = "kombelcardend";

	private static final List<String> HOLES = List.of(MINE, ERRORS, SUBJECT, Q, COUNT, CARDS, PAGER);

	/** The parameters the pager's links carry on (fragments/pager). */
	private static final List<String> PAGER_PARAMETERS = List.of("region", "level", "q", "school", "province");

	/**
	 * Frames by language, context path and province (its regencies are offered): some 80
	 * of about 10 KB, sized by memory all the same.
	 */
	private final Cache<List<Object>, Stencil> frames = Caffeine.newBuilder()
		.maximumWeight(8L << 20)
		.weigher((List<Object> key, Stencil frame) -> frame.weight())
		.build();

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Regions regions;

	private final ListCards cards;

	private final CardStencil stencil;

	private final RenderedBodies bodies;

	ListPage(ITemplateEngine templates, MessageSource messages, Regions regions, ListCards cards, CardStencil stencil,
			RenderedBodies bodies) {
		this.stencil = stencil;
		this.templates = templates;
		this.messages = messages;
		this.regions = regions;
		this.cards = cards;
		this.bodies = bodies;
	}

	/** The page's title. */
	String title(Locale locale) {
		return messages.getMessage("communities.title", null, locale);
	}

	/**
	 * The body for the list asked with {@code query} (filters already checked; those
	 * refused named in {@code problems}).
	 */
	String body(CommunityQuery query, List<String> problems, CommunityBrowse browse, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		String language = locale.toLanguageTag();
		String context = request.getContextPath();
		String province = query.region() == null ? "" : query.region().substring(0, 2);
		Stencil frame = frames.get(List.of(language, context, province),
				k -> Stencil.cut(frame(province, locale, request, response), HOLES));
		PageResult<CommunityCard> result = browse.result();
		StringBuilder out = new StringBuilder(12_000 + 400 * result.content().size());
		for (int i = 0; i < frame.texts().size(); i++) {
			Stencil.appendSelecting(out, frame.texts().get(i), "region", query.region(), "level", query.level(), "kind",
					query.kind());
			if (i < frame.holes().size()) {
				switch (frame.holes().get(i)) {
					case MINE -> mine(out, browse.mine(), language, context, locale, request, response);
					case ERRORS -> out.append(problems.isEmpty() ? "" : bodies.render(TEMPLATE, "errors",
							Map.of("filterErrors", problems), List.of("filterErrors"), locale, request, response));
					case SUBJECT -> out.append(escape(query.subject()));
					case Q -> out.append(escape(query.q()));
					case COUNT -> out.append(escape(
							messages.getMessage(result.totalExact() ? "communities.count" : "communities.count-more",
									new Object[] { result.totalElements() }, locale)));
					case CARDS -> stencil.append(out, result.content(), locale, context, () -> process("card",
							Map.of("holeId", CardStencil.ID, "holeName", CardStencil.NAME, "holeKind", CardStencil.KIND,
									"holeLevels", CardStencil.LEVELS, "holeState", CardStencil.STATE, "holeMembers",
									CardStencil.MEMBERS),
							locale, request, response));
					default -> out.append(pager(result, locale, request, response));
				}
			}
		}
		return out.toString();
	}

	private void mine(StringBuilder out, List<CommunityView> mine, String language, String context, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		if (mine.isEmpty()) {
			return;
		}
		Stencil section = frames.get(List.of(language, context, "mine"),
				k -> Stencil.cut(process("mine", Map.of("holeCards", CARDS), locale, request, response), HOLES));
		List<String> found = cards.cards(mine, CommunityView::id,
				c -> List.of("mine", language, context, c.name(), c.state(), String.valueOf(c.myRole()),
						String.valueOf(c.myStatus())),
				missing -> render("mine-cards", missing, locale, request, response));
		for (int i = 0; i < section.texts().size(); i++) {
			out.append(section.texts().get(i));
			if (i < section.holes().size()) {
				found.forEach(out::append);
			}
		}
	}

	/**
	 * The pager, under what it reads: the page, the number of pages and the parameters
	 * its links carry on.
	 */
	private String pager(PageResult<CommunityCard> result, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.totalPages() <= 1) {
			return "";
		}
		List<Object> carried = new ArrayList<>();
		for (String name : PAGER_PARAMETERS) {
			String[] values = request.getParameterValues(name);
			carried.add(values == null ? null : Arrays.asList(values));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("result", new PageResult<>(List.of(), result.page(), result.size(), result.totalElements(),
				result.totalPages(), result.totalExact()));
		model.put("carried", carried);
		return bodies.render(TEMPLATE, "pager", model, List.of("result", "carried"), locale, request, response);
	}

	private String frame(String province, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> model = new HashMap<>();
		model.put("provinces", regions.byLevel(RegionLevel.PROVINCE));
		model.put("regencies", province.isEmpty() ? List.of() : regions.children(province));
		model.put("levels", Level.values());
		model.put("kinds", CommunityKind.values());
		model.put("holeMine", MINE);
		model.put("holeErrors", ERRORS);
		model.put("holeSubject", SUBJECT);
		model.put("holeQ", Q);
		model.put("holeCount", COUNT);
		model.put("holeCards", CARDS);
		model.put("holePager", PAGER);
		return process("page", model, locale, request, response);
	}

	/** The cards of these communities, rendered together, one string each. */
	private List<String> render(String fragment, List<?> communities, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		String all = process(fragment, Map.of("cards", communities, "end", END), locale, request, response);
		List<String> each = new ArrayList<>(communities.size());
		int from = 0;
		for (int at = all.indexOf(END); at >= 0; at = all.indexOf(END, from)) {
			each.add(all.substring(from, at));
			from = at + END.length();
		}
		if (each.size() != communities.size()) {
			throw new IllegalStateException(fragment + ": " + each.size() + " cards for " + communities.size());
		}
		return each;
	}

	private String process(String fragment, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		return templates.process(TEMPLATE, Set.of(fragment), new WebContext(exchange, locale, model));
	}

	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text);
	}

}
