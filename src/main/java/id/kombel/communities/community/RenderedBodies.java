package id.kombel.communities.community;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * token. A body written into a page by {@link PageShell} is kept as its UTF-8 bytes, cut
 * where a per-viewer value goes ({@link Cut}): a view then copies bytes instead of
 * encoding the text again and searching it for that value (issue 17).
 */
@Component
class RenderedBodies implements MeterBinder {

	/**
	 * Sized by memory ({@code kombel.communities.page-cache}, 32 MB: some 2,000 community
	 * pages of 15 members), each entry weighing its text and its key.
	 */
	private final Cache<List<Object>, Object> cache;

	private final ITemplateEngine templates;

	RenderedBodies(ITemplateEngine templates, @Value("${kombel.communities.page-cache:32MB}") DataSize size) {
		this.templates = templates;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((List<Object> key,
					Object body) -> (body instanceof Cut cut ? cut.length(0) : 2 * ((String) body).length())
							+ 200 * key.size())
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
		return (String) cache.get(key(template, selector, "text", model, keyNames, locale, request),
				k -> process(template, selector, model, locale, request, response));
	}

	/**
	 * As {@link #render}, kept as UTF-8 bytes cut at each {@code hole} (a text the model
	 * holds in place of a per-viewer value, which the view writes there).
	 */
	Cut renderCut(String template, String selector, Map<String, Object> model, List<String> keyNames, String hole,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		return (Cut) cache.get(key(template, selector, hole, model, keyNames, locale, request),
				k -> Cut.of(process(template, selector, model, locale, request, response), hole));
	}

	private static List<Object> key(String template, String selector, String form, Map<String, Object> model,
			List<String> keyNames, Locale locale, HttpServletRequest request) {
		List<Object> key = new ArrayList<>(keyNames.size() + 4);
		key.add(template + "::" + selector);
		key.add(form);
		key.add(locale.toLanguageTag());
		key.add(request.getContextPath());
		keyNames.forEach(name -> key.add(model.get(name)));
		return key;
	}

	private String process(String template, String selector, Map<String, Object> model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		return templates.process(template, Set.of(selector), new WebContext(exchange, locale, model));
	}

	/** A text as UTF-8 bytes, cut at each occurrence of a hole. */
	record Cut(List<byte[]> pieces) {

		/** A text without holes. */
		static Cut whole(String text) {
			return new Cut(List.of(text.getBytes(StandardCharsets.UTF_8)));
		}

		static Cut of(String text, String hole) {
			List<byte[]> pieces = new ArrayList<>();
			int from = 0;
			for (int at = text.indexOf(hole); at >= 0; at = text.indexOf(hole, from)) {
				pieces.add(text.substring(from, at).getBytes(StandardCharsets.UTF_8));
				from = at + hole.length();
			}
			pieces.add(text.substring(from).getBytes(StandardCharsets.UTF_8));
			return new Cut(List.copyOf(pieces));
		}

		/** Bytes written with a hole of {@code holeLength} bytes. */
		int length(int holeLength) {
			int length = holeLength * (pieces.size() - 1);
			for (byte[] piece : pieces) {
				length += piece.length;
			}
			return length;
		}

		void writeTo(OutputStream out, byte[] hole) throws IOException {
			for (int i = 0; i < pieces.size(); i++) {
				if (i > 0) {
					out.write(hole);
				}
				out.write(pieces.get(i));
			}
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("rendered-bodies", cache));
	}

}
