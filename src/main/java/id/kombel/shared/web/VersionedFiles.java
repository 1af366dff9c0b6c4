package id.kombel.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * fetch it) keeps the short max-age of {@code spring.web.resources.cache.cachecontrol}.
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

	private static final Pattern VERSIONED = Pattern.compile("/(css|js)/[^?]+-[0-9a-f]{32}\\.(css|js)");

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
		if (VERSIONED.matcher(path).matches()) {
			chain.doFilter(request, new Forever(response));
		}
		else {
			chain.doFilter(request, new Links(request, response, context));
		}
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
				String found = versioned.get(lookup);
				if (found == null) {
					found = version(lookup);
					if (found == null) {
						return super.encodeURL(url);
					}
					versioned.put(lookup, found);
				}
				return super.encodeURL(context + found + (query < 0 ? "" : url.substring(query)));
			}
			return super.encodeURL(url);
		}

		/** The versioned path, or null while the resource chain cannot say (yet). */
		private String version(String lookup) {
			Object exposed = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
			ResourceUrlProvider provider = exposed instanceof ResourceUrlProvider p ? p : urls.getIfAvailable();
			return provider == null ? null : provider.getForLookupPath(lookup);
		}

	}

	/**
	 * The resource handler's Cache-Control made year-long: it sets one only when it
	 * serves the file, so a hash this node does not have (another release's, during a
	 * rolling update) answers 404 without being kept.
	 */
	private static final class Forever extends HttpServletResponseWrapper {

		Forever(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? FOREVER : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if ("Cache-Control".equalsIgnoreCase(name)) {
				super.setHeader(name, FOREVER);
			}
			else {
				super.addHeader(name, value);
			}
		}

	}

}
