package id.kombel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import id.kombel.support.IntegrationTest;

/**
 * What a phone on a weak connection downloads: style and scripts kept in its cache (not
 * fetched again for every page), text compressed, an icon where browsers look for one.
 */
class StaticFilesTest extends IntegrationTest {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private HttpResponse<byte[]> get(String path) throws Exception {
		return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", "gzip")
			.header("Accept-Language", "id")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void styleAndScriptsAreCacheableAndCompressed() throws Exception {
		for (String path : new String[] { "/css/kombel.css", "/js/event-check-in.js" }) {
			HttpResponse<byte[]> r = get(path);
			assertThat(r.statusCode()).as(path).isEqualTo(200);
			String cache = r.headers().firstValue("Cache-Control").orElse("");
			assertThat(cache).as(path).contains("max-age=").doesNotContain("no-store").doesNotContain("no-cache");
			assertThat(r.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
		}
		HttpResponse<byte[]> page = get("/about");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).as("pages too").hasValue("gzip");
	}

	@Test
	void theIconIsThere() throws Exception {
		HttpResponse<byte[]> icon = get("/favicon.ico");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.body()).startsWith(new byte[] { 0, 0, 1, 0 });
		assertThat(icon.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
	}

}
