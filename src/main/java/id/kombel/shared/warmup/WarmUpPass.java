package id.kombel.shared.warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.ProblemResponses;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warm-up's sign-in: the node asks itself for signed-in pages before it reports
 * ready, as {@link #USER}, an identity with no account, no membership and an empty scope
 * (it sees what every signed-in teacher sees of a community: its profile, its public
 * questions; nothing of its members). A request is taken as that user only when all of
 * these hold, else it is refused (403) whatever else it carries:
 * <ul>
 * <li>the node is not ready (readiness REFUSING_TRAFFIC: no balancer sends it anyone) and
 * the warm-up has opened the pass; readiness turning ACCEPTING_TRAFFIC closes it for
 * good;</li>
 * <li>it comes from this machine's loopback address;</li>
 * <li>it carries the pass's secret: 32 random bytes made when the warm-up starts, held in
 * this process only (a proxy on the same machine makes every request loopback);</li>
 * <li>it reads (GET or HEAD) one of the very paths the warm-up planned, so the identity
 * cannot reach a page that counts or writes anything.</li>
 * </ul>
 */
@Component
public class WarmUpPass {

	/** The request header carrying the secret. */
	public static final String HEADER = "X-Kombel-Warm-Up";

	/** Who the warm-up is: no account (id -1), a teacher's navigation, no scope. */
	public static final KombelUser USER = new KombelUser(-1, "warm-up@kombel.invalid", "Warm-up", Set.of(Role.TEACHER),
			Scope.NOTHING, null);

	private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

	private record Grant(byte[] secret, Set<String> targets) {
	}

	private final SecureRandom random = new SecureRandom();

	private final ApplicationAvailability availability;

	private volatile Grant grant;

	WarmUpPass(ApplicationAvailability availability) {
		this.availability = availability;
	}

	/**
	 * Opens the pass for these request targets (path and query, as sent); the secret to
	 * send. Only before the node is ready.
	 */
	synchronized String open(Set<String> targets) {
		if (!refusingTraffic()) {
			throw new IllegalStateException("The warm-up pass opens only before the node is ready");
		}
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		String text = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		grant = new Grant(text.getBytes(StandardCharsets.US_ASCII), Set.copyOf(targets));
		return text;
	}

	/** Closes the pass: its secret is forgotten. */
	synchronized void close() {
		grant = null;
	}

	@EventListener
	void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
			close();
		}
	}

	/** The warm-up's user, if this request meets every condition of the pass. */
	Optional<KombelUser> admit(HttpServletRequest request) {
		String presented = request.getHeader(HEADER);
		Grant open = grant;
		if (presented == null || open == null || !refusingTraffic() || !loopback(request.getRemoteAddr())
				|| !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| !open.targets().contains(target(request))
				|| !MessageDigest.isEqual(open.secret(), presented.strip().getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		return Optional.of(USER);
	}

	/**
	 * For both security chains: signs in a request that carries the pass and meets its
	 * conditions, refuses one that carries it and does not, leaves others alone.
	 */
	public OncePerRequestFilter filter(JsonMapper json) {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (request.getHeader(HEADER) == null) {
					chain.doFilter(request, response);
					return;
				}
				Optional<KombelUser> user = admit(request);
				if (user.isEmpty()) {
					ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Warm-up pass refused",
							request.getRequestURI(), json);
					return;
				}
				SecurityContextHolder.getContext()
					.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(user.get(), null, USER.getAuthorities()));
				chain.doFilter(request, response);
			}
		};
	}

	private boolean refusingTraffic() {
		return availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC;
	}

	static String target(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	static boolean loopback(String address) {
		// the connection's literal address, as Tomcat reports it (IPv6 in full form)
		return address != null && (LOOPBACK_V4.matcher(address).matches() || "0:0:0:0:0:0:0:1".equals(address)
				|| "::1".equals(address));
	}

}
