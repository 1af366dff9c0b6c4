package id.kombel.knowledge.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small formatting users may write, and nothing that runs. */
class MarkdownTest {

	final Markdown markdown = new Markdown();

	@Test
	void formattingIsKept() {
		assertThat(markdown.html("**tebal** dan *miring*\n\n- satu\n- dua")).contains("<strong>tebal</strong>",
				"<em>miring</em>", "<ul>", "<li>satu</li>");
		assertThat(markdown.html("[Rapor](https://raporpendidikan.kemdikbud.go.id)"))
			.contains("href=\"https://raporpendidikan.kemdikbud.go.id\"")
			.contains("rel=\"nofollow noopener noreferrer\"");
	}

	@Test
	void scriptsAndDangerousLinksNeverSurvive() {
		for (String attack : new String[] { "<script>alert(1)</script>", "a <img src=x onerror=alert(1)> b",
				"[klik](javascript:alert(1))", "[klik](JaVaScRiPt:alert(1))", "<a href=\"javascript:alert(1)\">x</a>",
				"![gambar](https://evil.example/x.png)", "<iframe src=\"https://evil.example\"></iframe>",
				"[x](data:text/html;base64,PHNjcmlwdD4=)",
				"<div style=\"background:url(javascript:alert(1))\">x</div>" }) {
			String html = markdown.html(attack);
			assertThat(html).as(attack)
				.doesNotContainIgnoringCase("<script")
				.doesNotContainIgnoringCase("href=\"javascript")
				.doesNotContainIgnoringCase("<img")
				.doesNotContainIgnoringCase("<iframe")
				.doesNotContainIgnoringCase("href=\"data")
				.doesNotContainIgnoringCase("style=");
		}
	}

	@Test
	void plainTextForTheIndexHasNoMarks() {
		assertThat(Markdown.plain("**Pengajaran** _berdiferensiasi_ [tautan](https://x.id)")).doesNotContain("**", "_",
				"](");
	}

}
