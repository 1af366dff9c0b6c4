package id.kombel.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A WhatsApp link carries the whole text as one parameter, whatever the text holds. */
class WhatsAppTest {

	static final String TEXT = "Tiket Bu Sri & Pak Budi: ABCD-EFGH #1 (100% hadir?)\nhttps://kombel.id/tickets/ABCDEFGH?s=ab+cd";

	@Test
	void aShareLinkCarriesTheWholeText() {
		String link = WhatsApp.shareLink(TEXT);
		assertThat(link).startsWith("https://wa.me/?text=");
		URI uri = URI.create(link);
		assertThat(uri.getRawQuery()).doesNotContain("&", "#", " ", "\n").startsWith("text=");
		assertThat(uri.getRawFragment()).isNull();
		assertThat(URLDecoder.decode(uri.getRawQuery().substring("text=".length()), StandardCharsets.UTF_8))
			.isEqualTo(TEXT);
		assertThat(WhatsApp.shareLink("Pojok baca & literasi\nhttps://kombel.id/practices/5"))
			.isEqualTo("https://wa.me/?text=Pojok+baca+%26+literasi%0Ahttps%3A%2F%2Fkombel.id%2Fpractices%2F5");
	}

	@Test
	void aMessageLinkGoesToTheNumberInDigits() {
		assertThat(WhatsApp.messageLink("+6281234567890", "Halo Bu"))
			.isEqualTo("https://wa.me/6281234567890?text=Halo+Bu");
		assertThat(WhatsApp.shareLink("Ruang 3 · Pukul 08.00 WIB"))
			.isEqualTo("https://wa.me/?text=Ruang+3+%C2%B7+Pukul+08.00+WIB");
	}

}
