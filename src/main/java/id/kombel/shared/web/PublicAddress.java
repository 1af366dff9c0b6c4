package id.kombel.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's public address for every absolute link people share or print (certificate QR
 * codes, tickets and their e-mails, WhatsApp texts, calendars, link previews).
 * <p>
 * It is {@code kombel.base-url} when set (e.g. {@code https://kombel.example.id}): behind
 * a TLS proxy the request's own host and scheme are internal ones. Without it, the
 * address the request reached the server at, which honours {@code X-Forwarded-*} only
 * when {@code server.forward-headers-strategy} says so.
 */
public final class PublicAddress {

	public static final String PROPERTY = "kombel.base-url";

	private PublicAddress() {
	}

	/** The public address without a trailing slash, for the current request. */
	public static String base() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		WebApplicationContext context = RequestContextUtils.findWebApplicationContext(request);
		String configured = context == null ? null : context.getEnvironment().getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			String base = configured.strip();
			return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/** The public address of a path of this site, e.g. {@code /activities/12}. */
	public static String of(String path) {
		return base() + path;
	}

}
