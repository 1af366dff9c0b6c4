package id.kombel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * A page read with a bearer token carries no CSRF token (nothing it posts is checked for
 * one), while a browser's page still has a working one: without it, a signed-in browser's
 * form is refused.
 */
class BearerCsrfTest extends IntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	@Test
	void aPageReadWithABearerTokenMakesNoCsrfTokenNorCookie() {
		Response page = api().as("anggota@demo.kombel.id").get("/communities");
		assertThat(page.status()).isEqualTo(200);
		assertThat(field(page.body())).as("the sign-out form's token").isEmpty();
		assertThat(page.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("XSRF-TOKEN="));
	}

	@Test
	void aBrowserPageHasATokenAndItsFormsNeedIt() throws Exception {
		String base = "http://localhost:" + port;
		HttpResponse<String> login = send(base, "/login", null, null);
		String xsrf = cookie(login, "XSRF-TOKEN");
		HttpResponse<String> signedIn = send(base, "/login", "XSRF-TOKEN=" + xsrf,
				"username=anggota%40demo.kombel.id&password=kombel-demo&_csrf=" + encode(field(login.body())));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String cookies = "SESSION=" + cookie(signedIn, "SESSION") + "; XSRF-TOKEN=" + xsrf;

		HttpResponse<String> page = send(base, "/communities", cookies, null);
		assertThat(page.statusCode()).isEqualTo(200);
		String token = field(page.body());
		assertThat(token).as("the sign-out form's token").hasSizeGreaterThan(20);

		assertThat(send(base, "/logout", cookies, "").statusCode()).as("a form without its token").isEqualTo(403);
		assertThat(send(base, "/communities", cookies, null).statusCode()).as("still signed in").isEqualTo(200);
		HttpResponse<String> out = send(base, "/logout", cookies, "_csrf=" + encode(token));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location").orElse("")).contains("signedOut");
	}

	private static HttpResponse<String> send(String base, String path, String cookies, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		if (cookies != null) {
			request.header("Cookie", cookies);
		}
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form));
		}
		return HTTP.send(request.build(), BodyHandlers.ofString());
	}

	private static String field(String html) {
		Matcher m = FIELD.matcher(html);
		assertThat(m.find()).as("a CSRF field on the page").isTrue();
		return m.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String cookie(HttpResponse<?> response, String name) {
		Pattern p = Pattern.compile(name + "=([^;]*)");
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(p::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name));
	}

}
