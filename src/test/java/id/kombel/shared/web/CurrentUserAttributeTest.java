package id.kombel.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * The layout names who is signed in on every page, a page refused included, and offers to
 * sign in to nobody else.
 */
class CurrentUserAttributeTest extends IntegrationTest {

	private static final String NAME = "<span class=\"name\">Hotma Tiurlan Sinaga, S.Pd.</span>";

	@Test
	void theLayoutNamesTheSignedInMemberOnPagesAndErrorPages() {
		Response page = api().as("anggota@demo.kombel.id").inLanguage("id").get("/knowledge");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(NAME).contains("action=\"/logout\"").doesNotContain("href=\"/login\"");

		Response missing = api().as("anggota@demo.kombel.id").inLanguage("id").get("/communities/987654321");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains(NAME);
	}

	@Test
	void nobodySignedInIsOfferedToSignIn() {
		Response page = api().inLanguage("id").get("/knowledge");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/login\"").doesNotContain("class=\"name\"").doesNotContain("/logout");
	}

}
