package id.kombel.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A link preview shows the first words of a text, whole words, on one line. */
class OpenGraphTest {

	@Test
	void theDescriptionIsTheFirstWholeWordsOnOneLine() {
		assertThat(OpenGraph.firstWords(null)).isEmpty();
		assertThat(OpenGraph.firstWords("Kelas 2 SD,\n\n28 murid.")).isEqualTo("Kelas 2 SD, 28 murid.");
		String longText = "membaca ".repeat(60);
		String cut = OpenGraph.firstWords(longText);
		assertThat(cut).endsWith("membaca…").hasSizeLessThanOrEqualTo(OpenGraph.DESCRIPTION_MAX);
	}

	@Test
	void theWhatsappLinkCarriesTitleAndAddress() {
		OpenGraph og = new OpenGraph("Pojok baca & literasi", "x", "article", "https://kombel.id/practices/5");
		assertThat(og.whatsapp())
			.isEqualTo("https://wa.me/?text=Pojok+baca+%26+literasi%0Ahttps%3A%2F%2Fkombel.id%2Fpractices%2F5");
	}

}
