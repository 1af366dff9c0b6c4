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
 * be evicted by hand. A form's CSRF token is the viewer's own: {@link #render} is for
 * parts without forms, {@link #renderCut} leaves a hole for the token. A body written
 * into a page by {@link PageShell} is kept as its UTF-8 bytes, cut where a per-viewer
 * value goes ({@link Cut}): a view then copies bytes instead of encoding the text again
 * and searching it for that value (issue 17).
 */
@Component
class RenderedBodies implements MeterBinder {

	/**
	 * Sized by memory ({@code kombel.communities.page-cache}, 32 MB: some 2,000 community
	 * pages of 15 members), each entry weighing its text and its key.
	 */
	private final Cache<List<Object>, Object> cache;

	private final ITemplateEngine templates;

	private final FormTemplates forms;

	RenderedBodies(ITemplateEngine templates, FormTemplates forms,
			@Value("${kombel.communities.page-cache:32MB}") DataSize size) {
		this.templates = templates;
		this.forms = forms;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((List<Object> key,
					Object body) -> (body instanceof Cut cut ? cut.length(Map.of()) : 2 * ((String) body).length())
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
	 * As {@link #render}, with forms ({@link FormTemplates}: each takes the request's
	 * CSRF token at {@link FormTemplates#TOKEN}), kept as UTF-8 bytes cut at each of the
	 * {@code holes} (texts the model holds in place of a per-viewer value, which the view
	 * writes there) and at the token's.
	 */
	Cut renderCut(String template, String selector, Map<String, Object> model, List<String> keyNames,
			List<String> holes, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		List<String> cutAt = new ArrayList<>(holes);
		cutAt.add(FormTemplates.TOKEN);
		return (Cut) cache.get(key(template, selector, String.join(" ", cutAt), model, keyNames, locale, request),
				k -> Cut.of(forms.render(template, Set.of(selector), model, locale, request, response), cutAt));
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

	/**
	 * A text as UTF-8 bytes, cut at each occurrence of its holes: {@code pieces} one more
	 * than {@code holes}, the hole that follows each piece.
	 */
	record Cut(List<byte[]> pieces, List<String> holes) {

		/** A text without holes. */
		static Cut whole(String text) {
			return new Cut(List.of(text.getBytes(StandardCharsets.UTF_8)), List.of());
		}

		static Cut of(String text, List<String> holes) {
			Stencil cut = Stencil.cut(text, holes);
			return new Cut(cut.texts().stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList(), cut.holes());
		}

		/**
		 * Bytes written with these values in the holes (a hole without one stays empty).
		 */
		int length(Map<String, byte[]> values) {
			int length = 0;
			for (String hole : holes) {
				byte[] value = values.get(hole);
				length += value == null ? 0 : value.length;
			}
			for (byte[] piece : pieces) {
				length += piece.length;
			}
			return length;
		}

		void writeTo(OutputStream out, Map<String, byte[]> values) throws IOException {
			for (int i = 0; i < pieces.size(); i++) {
				if (i > 0) {
					byte[] value = values.get(holes.get(i - 1));
					if (value != null) {
						out.write(value);
					}
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
