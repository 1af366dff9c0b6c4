package id.kombel.accounts;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * CSRF tokens for browsers only. A request carrying a bearer token is no forgery (a
 * browser never sends one on its own) and is not checked, so a page it reads gets an
 * empty token instead of a new random token, its cookie and its mask: about a twentieth
 * of a cached page's cost, spent on a value nobody would send back.
 */
final class BearerCsrf implements CsrfTokenRequestHandler {

	/** No token (Spring's own token refuses an empty value). */
	private record NoToken(String getHeaderName, String getParameterName, String getToken) implements CsrfToken {
	}

	private static final CsrfToken NONE = new NoToken("X-CSRF-TOKEN", "_csrf", "");

	private final XorCsrfTokenRequestAttributeHandler browsers = new XorCsrfTokenRequestAttributeHandler();

	static boolean carriesToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		if (carriesToken(request)) {
			request.setAttribute(CsrfToken.class.getName(), NONE);
			request.setAttribute(NONE.getParameterName(), NONE);
			return;
		}
		browsers.handle(request, response, token);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		return browsers.resolveCsrfTokenValue(request, token);
	}

}
