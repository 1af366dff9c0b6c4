package id.kombel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * English counts agree with their number ("1 member", not "1 members"); Indonesian has
 * one form for all.
 */
class EnglishPluralsTest {

	private static final Locale EN = Locale.ENGLISH;

	private final ResourceBundleMessageSource messages = source();

	private static ResourceBundleMessageSource source() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages", "messages-events", "messages-knowledge");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private String en(String key, Object... args) {
		return messages.getMessage(key, args, EN);
	}

	@Test
	void oneIsSingularAndEveryOtherCountPlural() {
		assertThat(en("communities.members", 1)).isEqualTo("1 member");
		assertThat(en("communities.members", 2)).isEqualTo("2 members");
		assertThat(en("communities.members", 0)).isEqualTo("0 members");
		assertThat(en("knowledge.answers", 1)).isEqualTo("1 answer");
		assertThat(en("practice.history", 1)).isEqualTo("History (1 version)");
		assertThat(en("practice.history", 3)).isEqualTo("History (3 versions)");
		assertThat(en("communities.count", 1)).isEqualTo("1 community");
		assertThat(en("knowledge.downloads", 1)).isEqualTo("1 download");
		assertThat(en("events.candidates.reasons", "Kombel A", 1, 2, 1, 0))
			.isEqualTo("Kombel A: 1 member active in the last 90 days, 2 goals, 1 measurement, 0 inquiry cycles");
		assertThat(en("communities.count", 1234)).isEqualTo("1,234 communities");
		assertThat(messages.getMessage("communities.members", new Object[] { 1 }, Locale.forLanguageTag("id")))
			.isEqualTo("1 anggota");
	}

}
