package id.kombel.accounts;

import java.io.IOException;
import java.util.function.Supplier;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.ProblemResponses;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates {@code Authorization: Bearer <token>} on API calls; a bad token is a 401
 * at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final JsonMapper json;

	BearerTokenFilter(ApiTokens tokens, JsonMapper json) {
		this.tokens = tokens;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!carriesToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
		Optional<KombelUser> user = token.isEmpty() ? Optional.empty() : tokens.authenticate(token);
		if (user.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Invalid or expired token",
					request.getRequestURI(), json);
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user.get(), token,
				user.get().getAuthorities());
		SecurityContextHolder.getContext().setAuthentication(authentication);
		chain.doFilter(request, response);
	}

	static boolean carriesToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/**
	 * CSRF tokens for browsers only. A request carrying a bearer token is no forgery (a
	 * browser never sends one on its own) and is not checked, so a page it reads gets an
	 * empty token instead of a new random token, its cookie and its mask: about a
	 * twentieth of a cached page's cost, spent on a value nobody would send back.
	 */
	static final class Csrf implements CsrfTokenRequestHandler {

		/** No token (Spring's own token refuses an empty value). */
		private record NoToken(String getHeaderName, String getParameterName, String getToken) implements CsrfToken {
		}

		private static final CsrfToken NONE = new NoToken("X-CSRF-TOKEN", "_csrf", "");

		private final XorCsrfTokenRequestAttributeHandler browsers = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
			if (BearerTokenFilter.carriesToken(request)) {
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

}
