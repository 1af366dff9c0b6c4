package id.kombel.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.web.util.HtmlUtils;
import id.kombel.knowledge.item.KnowledgeItem;

/**
 * Marks the words of a search in a result's title and in a short passage of its text: a
 * word is marked when the Indonesian analyzer gives it the same stem as a searched word
 * (the index's own rule, so "pengajaran" is marked for "mengajar"). Done here on the few
 * results of a page rather than by the engine's highlighter, so the search itself matches
 * one field (see {@code KnowledgeItem#getWords}) and works alike on either backend.
 * Output is HTML-escaped text with only {@code <mark>} elements.
 */
final class Snippets {

	static final int TEXT = 180;

	static final int TITLE = 250;

	private final Set<String> stems;

	private Snippets(Set<String> stems) {
		this.stems = stems;
	}

	/** The stems of the searched words; words to exclude ("-kata") are not marked. */
	static Snippets of(String q) {
		Set<String> stems = new HashSet<>();
		if (q != null) {
			for (String word : q.split("\\s+")) {
				if (!word.startsWith("-")) {
					analyze(word, (stem, start, end) -> stems.add(stem));
				}
			}
		}
		return new Snippets(stems);
	}

	String title(String title) {
		String text = title == null ? "" : title;
		return html(text, 0, Math.min(text.length(), TITLE), matches(text));
	}

	/**
	 * About {@link #TEXT} characters around the most matched words (the start when none
	 * matches).
	 */
	String passage(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		List<int[]> found = matches(text);
		int from = 0;
		int best = 0;
		for (int[] m : found) {
			int start = wordStart(text, Math.max(0, m[0] - 30));
			int count = (int) found.stream().filter(o -> o[0] >= start && o[1] <= start + TEXT).count();
			if (count > best) {
				best = count;
				from = start;
			}
		}
		int to = Math.min(text.length(), from + TEXT);
		if (to < text.length()) {
			int space = to;
			while (space > from && !Character.isWhitespace(text.charAt(space))) {
				space--;
			}
			to = space > from ? space : to;
		}
		return (from > 0 ? "… " : "") + html(text, from, to, found) + (to < text.length() ? " …" : "");
	}

	private List<int[]> matches(String text) {
		List<int[]> found = new ArrayList<>();
		if (!stems.isEmpty()) {
			analyze(text, (stem, start, end) -> {
				if (stems.contains(stem)) {
					found.add(new int[] { start, end });
				}
			});
		}
		return found;
	}

	private interface Token {

		void found(String stem, int start, int end);

	}

	private static void analyze(String text, Token token) {
		Analyzer analyzer = IndonesianAnalysis.analyzer();
		try (TokenStream tokens = analyzer.tokenStream("words", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				token.found(term.toString(), offset.startOffset(), offset.endOffset());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The start of the first word at or after {@code at} (texts break lines as often as
	 * they space words).
	 */
	private static int wordStart(String text, int at) {
		if (at == 0) {
			return 0;
		}
		for (int i = at; i < text.length(); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i + 1;
			}
		}
		return at;
	}

	private static String html(String text, int from, int to, List<int[]> found) {
		StringBuilder out = new StringBuilder(to - from + 32);
		int at = from;
		for (int[] m : found) {
			if (m[0] >= at && m[1] <= to) {
				out.append(HtmlUtils.htmlEscape(text.substring(at, m[0])))
					.append("<mark>")
					.append(HtmlUtils.htmlEscape(text.substring(m[0], m[1])))
					.append("</mark>");
				at = m[1];
			}
		}
		return out.append(HtmlUtils.htmlEscape(text.substring(at, to))).toString();
	}

}
