package id.kombel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {

	@Test
	void marksEveryAffixedFormOfASearchedWordAndNothingElse() {
		Snippets s = Snippets.of("mengajar");
		assertThat(s.title("Pengajaran membaca yang diajarkan guru"))
			.isEqualTo("<mark>Pengajaran</mark> membaca yang <mark>diajarkan</mark> guru");
	}

	@Test
	void escapesTheTextAndKeepsOnlyMarks() {
		Snippets s = Snippets.of("membaca");
		assertThat(s.title("<script>alert(1)</script> membaca & menulis"))
			.isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>membaca</mark> &amp; menulis");
	}

	@Test
	void passageIsAroundTheMatchedWordsOfALongText() {
		String text = "kata ".repeat(100) + "murid belajar pecahan dengan kertas lipat " + "lain ".repeat(100);
		String passage = Snippets.of("pembelajaran pecahan").passage(text);
		assertThat(passage).startsWith("… ").endsWith(" …").contains("<mark>belajar</mark> <mark>pecahan</mark>");
		assertThat(passage.replace("<mark>", "").replace("</mark>", "").length())
			.isLessThanOrEqualTo(Snippets.TEXT + 4);
	}

	@Test
	void withoutAMatchThePassageIsTheStartAndExcludedWordsAreNotMarked() {
		assertThat(Snippets.of("numerasi").passage("Literasi di kelas rendah")).isEqualTo("Literasi di kelas rendah");
		assertThat(Snippets.of("literasi -kelas").passage("Literasi di kelas rendah"))
			.isEqualTo("<mark>Literasi</mark> di kelas rendah");
		assertThat(Snippets.of(null).passage(null)).isEmpty();
	}

	@Test
	void aPassageOfLinesWithoutSpacesStillHoldsItsMatch() {
		String text = "baris\n".repeat(60) + "pecahan dengan kertas lipat " + "lain\n".repeat(60);
		String passage = Snippets.of("pecahan").passage(text);
		assertThat(passage).contains("<mark>pecahan</mark>");
		assertThat(passage.length()).isLessThan(Snippets.TEXT + 40);
	}

}
