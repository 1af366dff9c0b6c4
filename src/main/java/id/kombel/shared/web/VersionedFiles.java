package id.kombel.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Styles and scripts by versioned addresses. Every {@code @{/css/...}} or
 * {@code @{/js/...}} of a template becomes {@code /css/kombel-<content hash>.css}
 * (Spring's {@code VersionResourceResolver}, {@code spring.web.resources.chain.*}), and
 * such an address, whose content never changes, is served to be kept a year
 * ({@code immutable}); the plain address ({@code /css/kombel.css}, as the service workers
 * fetch it) keeps the short max-age of {@code spring.web.resources.cache.cachecontrol}. A
 * hash that is not this node's file (during a rolling update a page of a new node may ask
 * an old node for its new hash, or the reverse) is answered with the file this node has,
 * kept a minute only: a page styled by the neighbour release's file rather than not at
 * all, and not pinned under an address that promises other content.
 * <p>
 * In place of Spring's own {@link ResourceUrlEncodingFilter}, which asks the resource
 * chain about every link of a page (a class-path lookup for each {@code /communities/1}):
 * only {@code /css/} and {@code /js/} links are rewritten, each looked up once.
 */
@Component
// inside the security filters: their DisableEncodeUrlFilter answers encodeURL without
// asking further
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class VersionedFiles extends ResourceUrlEncodingFilter {

	static final String FOREVER = "public, max-age=31536000, immutable";

	static final String STALE = "private, max-age=60";

	private static final Pattern VERSIONED = Pattern.compile("/(css|js)/([^?]+)-[0-9a-f]{32}\\.(css|js)");

	private final ObjectProvider<ResourceUrlProvider> urls;

	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	VersionedFiles(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String context = request.getContextPath();
		String path = request.getRequestURI().substring(context.length());
		Matcher versionedPath = VERSIONED.matcher(path);
		if (versionedPath.matches()) {
			String plain = "/" + versionedPath.group(1) + "/" + versionedPath.group(2) + "." + versionedPath.group(3);
			if (path.equals(current(request, plain))) {
				chain.doFilter(request, new Caching(response, FOREVER));
			}
			else {
				request.getRequestDispatcher(plain).forward(request, new Caching(response, STALE));
			}
		}
		else {
			chain.doFilter(request, new Links(request, response, context));
		}
	}

	/** The versioned path of a plain one, looked up once; null when there is no file. */
	private String current(HttpServletRequest request, String lookup) {
		String found = versioned.get(lookup);
		if (found == null) {
			found = version(request, lookup);
			if (found != null) {
				versioned.put(lookup, found);
			}
		}
		return found;
	}

	/** The versioned path, or null while the resource chain cannot say (yet). */
	private String version(HttpServletRequest request, String lookup) {
		Object exposed = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
		ResourceUrlProvider provider = exposed instanceof ResourceUrlProvider p ? p : urls.getIfAvailable();
		return provider == null ? null : provider.getForLookupPath(lookup);
	}

	/** Rewrites the links to styles and scripts. */
	private final class Links extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		private final String context;

		Links(HttpServletRequest request, HttpServletResponse response, String context) {
			super(response);
			this.request = request;
			this.context = context;
		}

		@Override
		public String encodeURL(String url) {
			if (url.startsWith(context + "/css/") || url.startsWith(context + "/js/")) {
				int query = url.indexOf('?');
				String lookup = url.substring(context.length(), query < 0 ? url.length() : query);
				String found = current(request, lookup);
				if (found == null) {
					return super.encodeURL(url);
				}
				return super.encodeURL(context + found + (query < 0 ? "" : url.substring(query)));
			}
			return super.encodeURL(url);
		}

	}

	/**
	 * The resource handler's Cache-Control replaced: it sets one only when it serves the
	 * file, so a file that is not there answers 404 without being kept.
	 */
	private static final class Caching extends HttpServletResponseWrapper {

		private final String cacheControl;

		Caching(HttpServletResponse response, String cacheControl) {
			super(response);
			this.cacheControl = cacheControl;
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? cacheControl : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if ("Cache-Control".equalsIgnoreCase(name)) {
				super.setHeader(name, cacheControl);
			}
			else {
				super.addHeader(name, value);
			}
		}

	}

}
