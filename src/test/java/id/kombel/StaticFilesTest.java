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

	/**
	 * Pages link the style by a versioned address, kept a year without asking again; the
	 * plain address (what the service workers fetch) stays short-lived, for a release
	 * changes what it holds (issue 17).
	 */
	@Test
	void pagesLinkVersionedFilesThatAreKeptForAYear() throws Exception {
		String page = new String(gunzip(get("/about").body()), java.nio.charset.StandardCharsets.UTF_8);
		var link = java.util.regex.Pattern.compile("href=\"(/css/kombel-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(link.find()).as("the layout links the versioned style: " + page.lines().limit(12).toList()).isTrue();
		HttpResponse<byte[]> versioned = get(link.group(1));
		assertThat(versioned.statusCode()).isEqualTo(200);
		assertThat(versioned.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
		assertThat(versioned.headers().firstValue("Content-Encoding")).hasValue("gzip");
		HttpResponse<byte[]> plain = get("/css/kombel.css");
		assertThat(gunzip(versioned.body())).isEqualTo(gunzip(plain.body()));
		assertThat(plain.headers().firstValue("Cache-Control").orElse("")).contains("max-age=3600")
			.doesNotContain("immutable");
		assertThat(page).as("links elsewhere are not touched").contains("href=\"/about\"");
		HttpResponse<byte[]> missing = get("/css/nothing-0123456789abcdef0123456789abcdef.css");
		assertThat(missing.statusCode()).as("a file that is not there under any hash").isEqualTo(404);
		assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
	}

	/**
	 * During a rolling update a page of a new node may ask an old node for the new hash:
	 * it gets the file the old node has (a styled page), kept a minute, not a year.
	 */
	@Test
	void aHashOfAnotherReleaseGetsTheCurrentFileForAMinute() throws Exception {
		HttpResponse<byte[]> plain = get("/css/kombel.css");
		for (String path : new String[] { "/css/kombel-0123456789abcdef0123456789abcdef.css",
				"/js/event-check-in-0123456789abcdef0123456789abcdef.js" }) {
			HttpResponse<byte[]> stale = get(path);
			assertThat(stale.statusCode()).as(path).isEqualTo(200);
			assertThat(stale.headers().firstValue("Cache-Control")).as(path).hasValue("private, max-age=60");
			assertThat(stale.headers().firstValue("Content-Type").orElse("")).as(path)
				.contains(path.endsWith(".css") ? "text/css" : "javascript");
			assertThat(gunzip(stale.body())).as(path).isNotEmpty();
		}
		assertThat(gunzip(get("/css/kombel-0123456789abcdef0123456789abcdef.css").body()))
			.isEqualTo(gunzip(plain.body()));
	}

	private static byte[] gunzip(byte[] body) throws java.io.IOException {
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	@Test
	void theIconIsThere() throws Exception {
		HttpResponse<byte[]> icon = get("/favicon.ico");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.body()).startsWith(new byte[] { 0, 0, 1, 0 });
		assertThat(icon.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
	}

}
