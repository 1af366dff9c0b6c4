package id.kombel.communities.community;

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

import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;

/**
 * A facilitator's community page is rendered once and kept, with holes for what is each
 * viewer's own: the CSRF token of every form and the private calendar address. Read again
 * (from the kept body), its forms work with the token the page carries, a token of
 * another browser is refused, and each viewer's page holds their own calendar address.
 */
class CommunityPageFormsTest extends IntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern TOKEN = Pattern.compile(
			"action=\"[^\"]*/certificate-hours\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]*)\"");

	private static final Pattern FEED = Pattern.compile("calendar\\.ics\\?member=(\\d+)&amp;key=");

	@Test
	void aKeptPageCarriesEachViewersOwnTokenAndCalendar() throws Exception {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		long community = communityLedBy(guru, "Kombel Formulir ", "73.71");
		String path = "/communities/" + community;
		String one = signIn("guru@demo.kombel.id");
		String other = signIn("guru@demo.kombel.id");

		String first = page(path, one);
		String again = page(path, one);
		String elsewhere = page(path, other);
		for (String html : new String[] { first, again, elsewhere }) {
			assertThat(html).doesNotContain("kombel-shell-csrf").doesNotContain("kombel-member-feed");
		}
		long guruId = guru.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(feedOf(again)).isEqualTo(guruId);

		assertThat(post(path + "/certificate-hours", one, "hours=9&_csrf=" + encode(token(elsewhere))).statusCode())
			.as("another browser's token")
			.isEqualTo(403);
		HttpResponse<String> saved = post(path + "/certificate-hours", one, "hours=9&_csrf=" + encode(token(again)));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(page(path, other)).contains("name=\"hours\" type=\"number\" min=\"1\" max=\"40\" value=\"9\"");

		Api anggota = api().as("anggota@demo.kombel.id").inLanguage("id");
		assertThat(anggota.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);
		long anggotaId = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(feedOf(page(path, signIn("anggota@demo.kombel.id")))).as("the member's own calendar")
			.isEqualTo(anggotaId);
		assertThat(feedOf(page(path, one))).isEqualTo(guruId);
	}

	private String signIn(String email) throws Exception {
		HttpResponse<String> login = send("/login", null, null);
		String xsrf = cookie(login, "XSRF-TOKEN");
		Matcher field = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(login.body());
		assertThat(field.find()).isTrue();
		HttpResponse<String> signedIn = send("/login", "XSRF-TOKEN=" + xsrf,
				"username=" + encode(email) + "&password=kombel-demo&_csrf=" + encode(field.group(1)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return "SESSION=" + cookie(signedIn, "SESSION") + "; XSRF-TOKEN=" + xsrf;
	}

	private String page(String path, String cookies) throws Exception {
		HttpResponse<String> page = send(path, cookies, null);
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	private HttpResponse<String> post(String path, String cookies, String form) throws Exception {
		return send(path, cookies, form);
	}

	private HttpResponse<String> send(String path, String cookies, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (cookies != null) {
			request.header("Cookie", cookies);
		}
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form));
		}
		return HTTP.send(request.build(), BodyHandlers.ofString());
	}

	private static String token(String html) {
		Matcher m = TOKEN.matcher(html);
		assertThat(m.find()).as("the hours form's CSRF field").isTrue();
		assertThat(m.group(1)).hasSizeGreaterThan(20);
		return m.group(1);
	}

	private static long feedOf(String html) {
		Matcher m = FEED.matcher(html);
		assertThat(m.find()).as("the private calendar address").isTrue();
		return Long.parseLong(m.group(1));
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
