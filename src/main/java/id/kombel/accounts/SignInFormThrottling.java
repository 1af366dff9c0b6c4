package id.kombel.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in form's side of {@link SignInThrottle}: a filter in front of the form
 * sign-in turns away a client that must wait (the password is not even checked), and the
 * form's failure and success handlers count. A refused client is sent back to the form,
 * which says how long to wait.
 */
final class SignInFormThrottling {

	private SignInFormThrottling() {
	}

	static OncePerRequestFilter filter(SignInThrottle throttle) {
		return new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !("POST".equals(request.getMethod())
						&& (request.getContextPath() + "/login").equals(request.getRequestURI()));
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String email = request.getParameter("username");
				Optional<Duration> wait = throttle.blocked(email, request.getRemoteAddr());
				if (wait.isPresent()) {
					throttle.refused(email, wait.get());
					sendBack(request, response, wait.get());
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	static AuthenticationFailureHandler failure(SignInThrottle throttle) {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) -> {
			Optional<Duration> wait = throttle.failed(request.getParameter("username"), request.getRemoteAddr());
			if (wait.isPresent()) {
				sendBack(request, response, wait.get());
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?error");
			}
		};
	}

	static AuthenticationSuccessHandler success(SignInThrottle throttle) {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setDefaultTargetUrl("/");
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			throttle.succeeded(request.getParameter("username"), request.getRemoteAddr());
			saved.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static void sendBack(HttpServletRequest request, HttpServletResponse response, Duration wait)
			throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?throttled=" + Math.max(1, wait.toSeconds()));
	}

}
