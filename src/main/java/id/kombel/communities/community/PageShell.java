package id.kombel.communities.community;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

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

	private static final String TOKEN = FormTemplates.TOKEN;

	private static final String BODY = "kombel-shell-body";

	private static final List<String> HOLES = List.of(TITLE, NAME, TOKEN, BODY);

	/** The layouts cut at their placeholders. */
	private final Cache<List<Object>, RenderedBodies.Cut> shells = Caffeine.newBuilder().maximumSize(64).build();

	private final FormTemplates forms;

	PageShell(FormTemplates forms) {
		this.forms = forms;
	}

	/**
	 * The page {@code template} (the layout around {@code ${pageTitle}} and
	 * {@code ${body}}) for this user and title, with the {@code body} (whole HTML)
	 * written in.
	 */
	View page(String template, KombelUser user, String title, String body, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		return page(template, user, title, RenderedBodies.Cut.whole(body), Map.of(), locale, request, response);
	}

	/**
	 * The page {@code template} for this user and title, with the {@code body} written
	 * in, each of its holes filled with its value in {@code bodyValues} (already escaped
	 * HTML), and {@link FormTemplates#TOKEN} with the request's CSRF token.
	 */
	View page(String template, KombelUser user, String title, RenderedBodies.Cut body, Map<String, String> bodyValues,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		List<Object> key = List.of(template, locale.toLanguageTag(), request.getContextPath(), user.isAdmin(),
				user.scope().seesSchools());
		RenderedBodies.Cut shell = shells.get(key,
				k -> RenderedBodies.Cut.of(render(template, user, locale, request, response), HOLES));
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
				Map<String, byte[]> values = new HashMap<>();
				bodyValues.forEach((hole, value) -> values.put(hole, value.getBytes(StandardCharsets.UTF_8)));
				values.put(TOKEN, utf8(csrf == null ? "" : csrf.getToken()));
				values.put(NAME, utf8(user.displayName()));
				values.put(TITLE, utf8(title));
				int bodies = (int) shell.holes().stream().filter(BODY::equals).count();
				res.setContentType(getContentType());
				res.setContentLength(shell.length(values) + bodies * body.length(values));
				OutputStream out = res.getOutputStream();
				for (int i = 0; i < shell.pieces().size(); i++) {
					if (i > 0) {
						String hole = shell.holes().get(i - 1);
						if (hole.equals(BODY)) {
							body.writeTo(out, values);
						}
						else {
							out.write(values.get(hole));
						}
					}
					out.write(shell.pieces().get(i));
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
		return forms.render(template, null, Map.of("currentUser", standIn, "pageTitle", TITLE, "body", BODY), locale,
				request, response);
	}

}
