package id.kombel.accounts;

import java.util.Map;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.shared.cluster.LocalCaches;
import id.kombel.shared.access.KombelPrincipal;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.cluster.CacheInvalidation;

/**
 * A web session keeps the user as they signed in; this keeps it current. Each request
 * with a session looks up the account (from a cache every node evicts when the account
 * changes), signs a disabled account out and gives a changed one its new roles and scope,
 * so a change on one node holds on all within the notification's way, not at the next
 * sign-in.
 */
@Component
class SessionUsers implements MeterBinder {

	private final Cache<Long, Optional<KombelUser>> current = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.recordStats()
		.build();

	private final Scopes scopes;

	SessionUsers(Scopes scopes, CacheInvalidation invalidation) {
		this.scopes = scopes;
		invalidation.register(Accounts.TOPIC, key -> {
			if (CacheInvalidation.ALL.equals(key)) {
				current.invalidateAll();
			}
			else {
				current.invalidate(Long.valueOf(key));
			}
		});
	}

	Optional<KombelUser> current(long accountId) {
		// plain JDBC: no Hibernate session for a session's every first request
		return current.get(accountId, scopes::byId);
	}

	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				refresh(request);
				chain.doFilter(request, response);
			}
		};
	}

	private void refresh(HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || request.getSession(false) == null) {
			return;
		}
		KombelUser signedIn = auth.getPrincipal() instanceof KombelUser u ? u
				: auth.getPrincipal() instanceof KombelPrincipal p ? p.kombelUser() : null;
		if (signedIn == null) {
			return;
		}
		Optional<KombelUser> now = current(signedIn.accountId());
		if (now.isEmpty()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		else if (auth.getPrincipal() instanceof KombelUser
				&& (!now.get().roles().equals(signedIn.roles()) || !now.get().scope().equals(signedIn.scope()))) {
			var fresh = UsernamePasswordAuthenticationToken.authenticated(now.get(), null, now.get().getAuthorities());
			SecurityContextHolder.getContext().setAuthentication(fresh);
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("session-users", current));
	}

}
