package id.kombel.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import id.kombel.knowledge.web.KnowledgeUi;

/** Medians and the way a span of minutes is said. */
class AnswerTimesTest {

	@Test
	void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
		assertThat(AnswerTimes.median(List.of())).isNull();
		assertThat(AnswerTimes.median(List.of(7L))).isEqualTo(7);
		assertThat(AnswerTimes.median(List.of(300L, 5L, 60L))).isEqualTo(60);
		assertThat(AnswerTimes.median(List.of(180L, 60L))).isEqualTo(120);
		assertThat(AnswerTimes.median(List.of(1L, 2L, 1000L, 4L))).isEqualTo(3);
	}

	@Test
	void minutesAreSaidInMinutesHoursOrDays() {
		KnowledgeUi ui = new KnowledgeUi();
		assertThat(ui.span(0)).isEqualTo(new KnowledgeUi.Span("knowledge.duration.minutes", 0, 0));
		assertThat(ui.span(59)).isEqualTo(new KnowledgeUi.Span("knowledge.duration.minutes", 59, 0));
		assertThat(ui.span(60)).isEqualTo(new KnowledgeUi.Span("knowledge.duration.hours", 1, 0));
		assertThat(ui.span(24 * 60 - 1)).isEqualTo(new KnowledgeUi.Span("knowledge.duration.hours", 23, 59));
		assertThat(ui.span(25 * 60 + 30)).isEqualTo(new KnowledgeUi.Span("knowledge.duration.days", 1, 1));
	}

}
