package id.kombel.accounts;

import jakarta.servlet.ServletContext;

import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import id.kombel.shared.web.PublicAddress;

/**
 * The headers every answer carries, on the pages and the API alike.
 * <p>
 * The content security policy allows only this site's own scripts, styles and workers (no
 * inline script, style attribute or handler: the templates have none, and the browser
 * tests listen for violations). Camera only for the site itself (the venue's QR scanner).
 * When the public address ({@code kombel.base-url}) is https, HSTS is sent on every
 * answer and cookies are marked Secure, even where a TLS proxy hands the request on over
 * plain http.
 */
final class SecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
			+ "media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private SecurityHeaders() {
	}

	static void apply(HttpSecurity http, Environment environment) throws Exception {
		boolean https = isHttps(environment);
		http.headers(h -> {
			h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
			h.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
			h.permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
			if (https) {
				// behind a TLS proxy the request itself may look insecure: the public
				// address decides
				h.httpStrictTransportSecurity(
						hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(31_536_000));
			}
		});
	}

	static boolean isHttps(Environment environment) {
		String base = environment.getProperty(PublicAddress.PROPERTY, "");
		return base.strip().regionMatches(true, 0, "https://", 0, 8);
	}

	/** The session cookie is Secure when the public address is https. */
	static void secureSessionCookie(ServletContext context, Environment environment) {
		if (isHttps(environment)) {
			context.getSessionCookieConfig().setSecure(true);
		}
	}

}
