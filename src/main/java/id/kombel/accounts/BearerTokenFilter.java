package id.kombel.accounts;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
		if (!BearerCsrf.carriesToken(request)) {
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

}
