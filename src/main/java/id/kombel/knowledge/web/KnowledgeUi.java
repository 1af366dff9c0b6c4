package id.kombel.knowledge.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import id.kombel.knowledge.moderation.Report;
import id.kombel.knowledge.practice.Trial;
import id.kombel.knowledge.Visibility;

/**
 * Fixed choices the knowledge pages list, as {@code @knowledgeUi} (templates may not
 * build lists themselves).
 */
@Component("knowledgeUi")
public class KnowledgeUi {

	public List<String> parts() {
		return List.of("context", "problem", "action", "evidence", "result", "reflection");
	}

	public List<String> outcomes() {
		return Arrays.stream(Trial.Outcome.values()).map(Enum::name).toList();
	}

	public List<String> reasons() {
		return Arrays.stream(Report.Reason.values()).map(Enum::name).toList();
	}

	public List<String> visibilities() {
		return Arrays.stream(Visibility.values()).map(Enum::name).toList();
	}

	/**
	 * A span of minutes as a message: key knowledge.duration.minutes / .hours / .days,
	 * with its two numbers.
	 */
	public record Span(String key, long first, long second) {
	}

	public Span span(long minutes) {
		if (minutes < 60) {
			return new Span("knowledge.duration.minutes", Math.max(0, minutes), 0);
		}
		if (minutes < 24 * 60) {
			return new Span("knowledge.duration.hours", minutes / 60, minutes % 60);
		}
		return new Span("knowledge.duration.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
	}

}
