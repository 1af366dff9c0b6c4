package id.kombel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api.Response;
import id.kombel.support.FormSession;
import id.kombel.support.IntegrationTest;

/**
 * A page read with a bearer token carries no CSRF token (nothing it posts is checked for
 * one), while a browser's page still has a working one: without it, a signed-in browser's
 * form is refused.
 */
class BearerCsrfTest extends IntegrationTest {

	@Test
	void aPageReadWithABearerTokenMakesNoCsrfTokenNorCookie() {
		Response page = api().as("anggota@demo.kombel.id").get("/communities");
		assertThat(page.status()).isEqualTo(200);
		assertThat(FormSession.token(page.body())).as("the sign-out form's token").isEmpty();
		assertThat(page.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("XSRF-TOKEN="));
	}

	@Test
	void aBrowserPageHasATokenAndItsFormsNeedIt() throws Exception {
		FormSession browser = FormSession.signIn(port, "anggota@demo.kombel.id");
		HttpResponse<String> page = browser.get("/communities");
		assertThat(page.statusCode()).isEqualTo(200);
		String token = FormSession.token(page.body());
		assertThat(token).as("the sign-out form's token").hasSizeGreaterThan(20);

		assertThat(browser.post("/logout", "").statusCode()).as("a form without its token").isEqualTo(403);
		assertThat(browser.get("/communities").statusCode()).as("still signed in").isEqualTo(200);
		HttpResponse<String> out = browser.post("/logout", "_csrf=" + FormSession.encode(token));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location").orElse("")).contains("signedOut");
	}

}
