package id.kombel.knowledge.web;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.kombel.shared.web.OpenGraph;
import id.kombel.knowledge.item.Markdown;
import id.kombel.knowledge.material.MaterialView;
import id.kombel.knowledge.practice.PracticeView;
import id.kombel.knowledge.QuestionView;

/**
 * What a shared link shows before it is opened (WhatsApp reads the Open Graph tags): the
 * title and the first words.
 */
public final class Previews {

	private Previews() {
	}

	public static OpenGraph of(PracticeView p) {
		String text = Stream.of(p.context(), p.problem(), p.action(), p.result())
			.filter(t -> t != null && !t.isBlank())
			.map(Markdown::plain)
			.collect(Collectors.joining(" "));
		return OpenGraph.of(p.title(), text, "article", "/practices/" + p.id());
	}

	public static OpenGraph of(QuestionView q) {
		return OpenGraph.of(q.title(), Markdown.plain(q.body()), "article", "/questions/" + q.id());
	}

	public static OpenGraph of(MaterialView m) {
		return OpenGraph.of(m.title(), Markdown.plain(m.description()), "article", "/materials/" + m.id());
	}

}
