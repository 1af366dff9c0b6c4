package id.kombel.communities.community;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import id.kombel.shared.access.KombelUser;

/**
 * The layout around a member's community page, rendered once per language and kind of
 * navigation (administrator or not, seeing schools or not: all the layout asks of the
 * user) with placeholders for what differs per request: the page title, the member's
 * name, their CSRF token, the page's body. A request then costs the few writes of its
 * parts instead of a Thymeleaf rendering of the layout (issue 17). The layout's parts and
 * the body are kept as UTF-8 bytes: a view copies them, it encodes only the few values of
 * the request, and says its length (no chunked answer).
 */
@Component
class PageShell {

	private static final String TITLE = "kombel-shell-title";

	private static final String NAME = "kombel-shell-name";

	private static final String TOKEN = "kombel-shell-csrf";

	private static final String BODY = "kombel-shell-body";

	private static final List<String> HOLES = List.of(TITLE, NAME, TOKEN, BODY);

	/**
	 * The layout cut at its placeholders: its UTF-8 bytes, then the hole after them,
	 * alternately.
	 */
	private record Cut(List<byte[]> texts, List<String> holes) {
	}

	private final Cache<List<Object>, Cut> shells = Caffeine.newBuilder().maximumSize(64).build();

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	PageShell(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	/**
	 * The page {@code template} (the layout around {@code ${pageTitle}} and
	 * {@code ${body}}) for this user and title, with the {@code body} (whole HTML)
	 * written in.
	 */
	View page(String template, KombelUser user, String title, String body, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return page(template, user, title, RenderedBodies.Cut.whole(body), "", locale, request, response);
	}

	/**
	 * The page {@code template} for this user and title, with the {@code body} written
	 * in, its holes filled with {@code bodyHole} (already escaped HTML).
	 */
	View page(String template, KombelUser user, String title, RenderedBodies.Cut body, String bodyHole, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		List<Object> key = List.of(template, locale.toLanguageTag(), request.getContextPath(), user.isAdmin(),
				user.scope().seesSchools());
		Cut cut = shells.get(key, k -> cut(render(template, user, locale, request, response)));
		return new View() {
			@Override
			public String getContentType() {
				return "text/html;charset=UTF-8";
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest req, HttpServletResponse res)
					throws IOException {
				// the token first: making it sets its cookie, which must precede the body
				CsrfToken csrf = (CsrfToken) req.getAttribute(CsrfToken.class.getName());
				byte[] token = utf8(csrf == null ? "" : csrf.getToken());
				byte[] name = utf8(user.displayName());
				byte[] heading = utf8(title);
				byte[] hole = bodyHole.getBytes(StandardCharsets.UTF_8);
				byte[][] values = new byte[cut.holes().size()][];
				int length = 0;
				for (int i = 0; i < values.length; i++) {
					values[i] = switch (cut.holes().get(i)) {
						case TITLE -> heading;
						case NAME -> name;
						case TOKEN -> token;
						default -> null;
					};
					length += values[i] == null ? body.length(hole.length) : values[i].length;
				}
				for (byte[] text : cut.texts()) {
					length += text.length;
				}
				res.setContentType(getContentType());
				res.setContentLength(length);
				OutputStream out = res.getOutputStream();
				for (int i = 0; i < cut.texts().size(); i++) {
					out.write(cut.texts().get(i));
					if (i < values.length) {
						if (values[i] == null) {
							body.writeTo(out, hole);
						}
						else {
							out.write(values[i]);
						}
					}
				}
			}
		};
	}

	/** A value of the request as the page's HTML text. */
	private static byte[] utf8(String text) {
		return HtmlUtils.htmlEscape(text).getBytes(StandardCharsets.UTF_8);
	}

	private String render(String template, KombelUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		KombelUser standIn = new KombelUser(0, "", NAME, user.roles(), user.scope(), null);
		CsrfToken placeholder = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", TOKEN);
		HttpServletRequest withPlaceholders = new HttpServletRequestWrapper(request) {
			@Override
			public Object getAttribute(String name) {
				return CsrfToken.class.getName().equals(name) || "_csrf".equals(name) ? placeholder
						: super.getAttribute(name);
			}
		};
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(withPlaceholders, response);
		// as ThymeleafView does: the Spring request context, through which a form gets
		// its
		// CSRF field (here the placeholder)
		Map<String, Object> model = new HashMap<>(Map.of("currentUser", standIn, "pageTitle", TITLE, "body", BODY));
		RequestContext spring = new RequestContext(withPlaceholders, response, request.getServletContext(), model);
		model.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, spring);
		model.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(spring, withPlaceholders));
		model.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application,
						(ConversionService) request.getAttribute(ConversionService.class.getName())));
		return templates.process(template, new WebContext(exchange, locale, model));
	}

	private static Cut cut(String page) {
		List<byte[]> texts = new ArrayList<>();
		List<String> holes = new ArrayList<>();
		int from = 0;
		while (true) {
			int next = -1;
			String hole = null;
			for (String h : HOLES) {
				int at = page.indexOf(h, from);
				if (at >= 0 && (next < 0 || at < next)) {
					next = at;
					hole = h;
				}
			}
			if (hole == null) {
				texts.add(page.substring(from).getBytes(StandardCharsets.UTF_8));
				return new Cut(List.copyOf(texts), List.copyOf(holes));
			}
			texts.add(page.substring(from, next).getBytes(StandardCharsets.UTF_8));
			holes.add(hole);
			from = next + hole.length();
		}
	}

}
