package id.kombel.knowledge.item;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The small safe formatting users may write: paragraphs, emphasis, lists, quotes, code
 * and links. Raw HTML in the text is escaped by the renderer, and what it produces passes
 * an allow-list sanitiser too, so neither a script nor a {@code javascript:} link can
 * reach a page. Templates call it as {@code @markdown}.
 */
@Component("markdown")
public class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br>")
		.build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "hr", "a")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	/** Safe HTML of the user's text (empty for none). */
	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(HTML.render(PARSER.parse(markdown)));
	}

	/** Safe HTML of several texts by key, for a page (templates only look them up). */
	public java.util.Map<String, String> htmlOf(java.util.Map<String, String> texts) {
		java.util.Map<String, String> html = new java.util.HashMap<>();
		texts.forEach((key, text) -> html.put(key, html(text)));
		return html;
	}

	/** The words of the text without formatting, for the search index and snippets. */
	public static String plain(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Node doc = PARSER.parse(markdown);
		return TEXT.render(doc).strip();
	}

}
