package id.kombel.communities.community;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import id.kombel.shared.cluster.LocalCaches;

/**
 * The body of a page rendered once and served to everyone who would see exactly the same
 * thing: every active member sees the same community page. The key is the page's data
 * itself, so any change (a new goal, a member, a phase) is a new key and nothing has to
 * be evicted by hand. Only for parts without forms: a form carries the viewer's own CSRF
 * token.
 */
@Component
class RenderedBodies implements MeterBinder {

	/**
	 * Sized by memory ({@code kombel.communities.page-cache}, 32 MB: some 2,000 community
	 * pages of 15 members), each entry weighing its text and its key.
	 */
	private final Cache<List<Object>, String> cache;

	private final ITemplateEngine templates;

	RenderedBodies(ITemplateEngine templates, @Value("${kombel.communities.page-cache:32MB}") DataSize size) {
		this.templates = templates;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((List<Object> key, String body) -> 2 * body.length() + 200 * key.size())
			.expireAfterAccess(Duration.ofMinutes(10))
			.recordStats()
			.build();
	}

	/**
	 * The fragment {@code selector} of {@code template}, rendered with the model;
	 * {@code keyNames} are the model attributes the fragment's output depends on.
	 */
	String render(String template, String selector, Map<String, Object> model, List<String> keyNames, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		List<Object> key = new ArrayList<>();
		key.add(template + "::" + selector);
		key.add(locale.toLanguageTag());
		key.add(request.getContextPath());
		keyNames.forEach(name -> key.add(model.get(name)));
		return cache.get(key, k -> {
			var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
				.buildExchange(request, response);
			return templates.process(template, Set.of(selector), new WebContext(exchange, locale, model));
		});
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("rendered-bodies", cache));
	}

}
