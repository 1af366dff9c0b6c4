package id.kombel.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.TooManyAttemptsException;
import id.kombel.shared.web.UnauthenticatedException;

@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {

	record Credentials(@NotBlank(message = "{validation.required}") String email,
			@NotBlank(message = "{validation.required}") String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	record Me(long accountId, String email, String displayName, Set<Role> roles, Scope scope) {
	}

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final SignInThrottle throttle;

	TokenApiController(AuthenticationManager authentication, ApiTokens tokens, SignInThrottle throttle) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@PostMapping
	ResponseEntity<TokenResponse> create(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
		String address = request.getRemoteAddr();
		Optional<Duration> wait = throttle.blocked(credentials.email(), address);
		if (wait.isPresent()) {
			throttle.refused(credentials.email(), wait.get());
			throw new TooManyAttemptsException("login.too-many", wait.get());
		}
		KombelUser user;
		try {
			user = (KombelUser) authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(credentials.email().strip(),
						credentials.password()))
				.getPrincipal();
		}
		catch (AuthenticationException ex) {
			throttle.failed(credentials.email(), address);
			throw new UnauthenticatedException("error.bad-credentials");
		}
		throttle.succeeded(credentials.email(), address);
		ApiTokens.Issued issued = tokens.issue(user.accountId());
		return ResponseEntity.status(HttpStatus.CREATED).body(new TokenResponse(issued.token(), issued.expiresAt()));
	}

	/** Who this token belongs to, with the roles and scope the server will apply. */
	@GetMapping("/current")
	Me current(KombelUser user) {
		return new Me(user.accountId(), user.email(), user.displayName(), user.roles(), user.scope());
	}

	@DeleteMapping("/current")
	ResponseEntity<Void> revoke(HttpServletRequest request) {
		String token = request.getHeader("Authorization").substring(7).strip();
		tokens.revoke(token);
		return ResponseEntity.noContent().build();
	}

}
