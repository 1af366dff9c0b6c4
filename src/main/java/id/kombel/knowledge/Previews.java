package id.kombel.knowledge;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.kombel.shared.web.OpenGraph;

/** What a shared link shows before it is opened (WhatsApp reads the Open Graph tags): the title and the first words. */
final class Previews {

	private Previews() {
	}

	static OpenGraph of(PracticeView p) {
		String text = Stream.of(p.context(), p.problem(), p.action(), p.result())
			.filter(t -> t != null && !t.isBlank())
			.map(Markdown::plain)
			.collect(Collectors.joining(" "));
		return OpenGraph.of(p.title(), text, "article", "/practices/" + p.id());
	}

	static OpenGraph of(QuestionView q) {
		return OpenGraph.of(q.title(), Markdown.plain(q.body()), "article", "/questions/" + q.id());
	}

	static OpenGraph of(MaterialView m) {
		return OpenGraph.of(m.title(), Markdown.plain(m.description()), "article", "/materials/" + m.id());
	}
}
