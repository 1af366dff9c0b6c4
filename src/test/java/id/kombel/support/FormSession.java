package id.kombel.support;

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

/**
 * What a browser sends without a browser: its cookies (a session and the CSRF cookie) and
 * forms posted with the token a page carries, for tests of what a form's token allows.
 */
public final class FormSession {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private final String base;

	private final String cookies;

	private FormSession(String base, String cookies) {
		this.base = base;
		this.cookies = cookies;
	}

	/** Signed in through the sign-in form with the demo password. */
	public static FormSession signIn(int port, String email) throws Exception {
		String base = "http://localhost:" + port;
		HttpResponse<String> login = send(base, "/login", null, null);
		String xsrf = cookie(login, "XSRF-TOKEN");
		HttpResponse<String> signedIn = send(base, "/login", "XSRF-TOKEN=" + xsrf,
				"username=" + encode(email) + "&password=kombel-demo&_csrf=" + encode(token(login.body())));
		assertThat(signedIn.statusCode()).as("signed in").isEqualTo(302);
		return new FormSession(base, "SESSION=" + cookie(signedIn, "SESSION") + "; XSRF-TOKEN=" + xsrf);
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send(base, path, cookies, null);
	}

	/** A form (already encoded) posted with this session's cookies. */
	public HttpResponse<String> post(String path, String form) throws Exception {
		return send(base, path, cookies, form);
	}

	/** The first CSRF field's value on a page. */
	public static String token(String html) {
		Matcher m = FIELD.matcher(html);
		assertThat(m.find()).as("a CSRF field on the page").isTrue();
		return m.group(1);
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
