package id.kombel.communities.community;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.unbescape.html.HtmlEscape;
import org.unbescape.uri.UriEscape;

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
 * holes ({@code communities/list :: page}), each community's card and the pager from
 * stencils ({@link CardStencil}, {@link #pager}), any filter errors from
 * {@link RenderedBodies}. Only the count, the typed texts, the selected options, the
 * cards' words and the pager's parameters are written per request.
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

	private static final List<String> HOLES = List.of(MINE, ERRORS, SUBJECT, Q, COUNT, CARDS, PAGER);

	private static final String CARRIED_PREFIX = "kombelpager";

	/** A hole for each parameter the pager's links carry on (fragments/pager). */
	private static final List<String> CARRIED = Stream.of("region", "level", "q", "school", "province")
		.map(name -> CARRIED_PREFIX + name)
		.toList();

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

	private final CardStencil stencil;

	private final RenderedBodies bodies;

	ListPage(ITemplateEngine templates, MessageSource messages, Regions regions, CardStencil stencil,
			RenderedBodies bodies) {
		this.stencil = stencil;
		this.templates = templates;
		this.messages = messages;
		this.regions = regions;
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
					// kept by count: a format with an argument is formatted under its
					// lock, which
					// every list request queued for (issue 17: 1.1 s of waits in 30 s,
					// some of 20+ ms)
					case COUNT -> out.append(
							stencil.word(language, result.totalExact() ? "communities.count" : "communities.count-more",
									result.totalElements(), locale));
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
		section.appendTo(out,
				hole -> stencil.appendMine(out, mine, locale, context,
						pending -> process("mine-card",
								Map.of("holeId", CardStencil.ID, "holeName", CardStencil.NAME, "holeState",
										CardStencil.STATE, "holeRole", CardStencil.ROLE, "pending", pending),
								locale, request, response)));
	}

	/**
	 * The pager: rendered once per language, page and number of pages with a hole for
	 * each parameter its links carry on (the request's own values would make nearly every
	 * list's pager a new rendering), filled with the parameters as the link builder
	 * writes them: each value escaped for a query, then for an attribute; several values
	 * as several parameters.
	 */
	String pager(PageResult<CommunityCard> result, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.totalPages() <= 1) {
			return "";
		}
		Stencil pager = frames.get(
				List.of(locale.toLanguageTag(), request.getContextPath(), "pager", result.page(), result.totalPages()),
				k -> Stencil.cut(renderPager(result, locale, request, response), CARRIED));
		StringBuilder out = new StringBuilder(600);
		pager.appendTo(out, hole -> {
			String name = hole.substring(CARRIED_PREFIX.length());
			String[] values = request.getParameterValues(name);
			for (int v = 0; values != null && v < values.length; v++) {
				out.append(v == 0 ? "" : "&amp;" + name + "=")
					.append(HtmlEscape.escapeHtml4Xml(UriEscape.escapeUriQueryParam(values[v])));
			}
		});
		return out.toString();
	}

	/** The pager of this page and number of pages, each carried parameter a hole. */
	private String renderPager(PageResult<CommunityCard> result, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, String[]> holes = new HashMap<>(request.getParameterMap());
		CARRIED.forEach(hole -> holes.put(hole.substring(CARRIED_PREFIX.length()), new String[] { hole }));
		HttpServletRequest withHoles = new HttpServletRequestWrapper(request) {
			@Override
			public String getParameter(String name) {
				String[] values = holes.get(name);
				return values == null ? null : values[0];
			}

			@Override
			public String[] getParameterValues(String name) {
				return holes.get(name);
			}

			@Override
			public Map<String, String[]> getParameterMap() {
				return Collections.unmodifiableMap(holes);
			}

			@Override
			public Enumeration<String> getParameterNames() {
				return Collections.enumeration(holes.keySet());
			}
		};
		Map<String, Object> model = new HashMap<>();
		model.put("result", new PageResult<>(List.of(), result.page(), result.size(), result.totalElements(),
				result.totalPages(), result.totalExact()));
		return process("pager", model, locale, withHoles, response);
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
