package id.kombel.communities.community;

import java.util.ArrayList;
import java.util.List;

/**
 * A part of a page rendered once with placeholder words (holes) where each request puts
 * its own text, cut at them: {@code texts} and {@code holes} alternate, starting and
 * ending with a text. Filling it is a few appends instead of a template rendering.
 */
record Stencil(List<String> texts, List<String> holes) {

	/** {@code rendered} cut at each occurrence of any of {@code holeNames}. */
	static Stencil cut(String rendered, List<String> holeNames) {
		List<String> texts = new ArrayList<>();
		List<String> holes = new ArrayList<>();
		int from = 0;
		while (true) {
			int next = -1;
			String hole = null;
			for (String h : holeNames) {
				int at = rendered.indexOf(h, from);
				if (at >= 0 && (next < 0 || at < next)) {
					next = at;
					hole = h;
				}
			}
			if (hole == null) {
				texts.add(rendered.substring(from));
				return new Stencil(List.copyOf(texts), List.copyOf(holes));
			}
			texts.add(rendered.substring(from, next));
			holes.add(hole);
			from = next + hole.length();
		}
	}

	/** About the bytes it holds, for a cache sized by memory. */
	int weight() {
		return 100 + texts.stream().mapToInt(t -> 40 + 2 * t.length()).sum();
	}

	/**
	 * {@code text} with the option of value {@code value} (a code: no character that
	 * needs escaping) in the select named {@code name} marked selected; unchanged when
	 * there is no such select or option, or no value.
	 */
	static String select(String text, String name, String value) {
		if (value == null) {
			return text;
		}
		int select = text.indexOf("<select name=\"" + name + "\"");
		if (select < 0) {
			return text;
		}
		int end = text.indexOf("</select>", select);
		String option = "value=\"" + value + "\"";
		int at = text.indexOf(option, select);
		if (at < 0 || (end >= 0 && at > end)) {
			return text;
		}
		int after = at + option.length();
		return text.substring(0, after) + " selected=\"selected\"" + text.substring(after);
	}

}
