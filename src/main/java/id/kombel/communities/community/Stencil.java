package id.kombel.communities.community;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

	/**
	 * Appends the texts to {@code out}, calling {@code fill} with each hole's name in its
	 * place (it appends the hole's text to the same {@code out}).
	 */
	void appendTo(StringBuilder out, Consumer<String> fill) {
		for (int i = 0; i < texts.size(); i++) {
			out.append(texts.get(i));
			if (i < holes.size()) {
				fill.accept(holes.get(i));
			}
		}
	}

	/** About the bytes it holds, for a cache sized by memory. */
	int weight() {
		return 100 + texts.stream().mapToInt(t -> 40 + 2 * t.length()).sum();
	}

	/**
	 * Appends {@code text} with the option of each value (a code: no character that needs
	 * escaping; null: none) in the select of the name before it marked selected: without
	 * copying the text (several kilobytes of options) once per select.
	 */
	static void appendSelecting(StringBuilder out, String text, String... namesAndValues) {
		int[] at = new int[namesAndValues.length / 2];
		int marks = 0;
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			int mark = selected(text, namesAndValues[i], namesAndValues[i + 1]);
			if (mark >= 0) {
				at[marks++] = mark;
			}
		}
		java.util.Arrays.sort(at, 0, marks);
		int from = 0;
		for (int i = 0; i < marks; i++) {
			out.append(text, from, at[i]).append(" selected=\"selected\"");
			from = at[i];
		}
		out.append(text, from, text.length());
	}

	/**
	 * Where the option of {@code value} in the select named {@code name} ends its value
	 * attribute, or -1 when there is no such select or option, or no value.
	 */
	static int selected(String text, String name, String value) {
		if (value == null) {
			return -1;
		}
		int select = text.indexOf("<select name=\"" + name + "\"");
		if (select < 0) {
			return -1;
		}
		int end = text.indexOf("</select>", select);
		String option = "value=\"" + value + "\"";
		int at = text.indexOf(option, select);
		return at < 0 || (end >= 0 && at > end) ? -1 : at + option.length();
	}

}
