package id.kombel.communities.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.FormSession;
import id.kombel.support.IntegrationTest;

/**
 * A facilitator's community page is rendered once and kept, with holes for what is each
 * viewer's own: the CSRF token of every form and the private calendar address. Read again
 * (from the kept body), its forms work with the token the page carries, a token of
 * another browser is refused, and each viewer's page holds their own calendar address.
 */
class CommunityPageFormsTest extends IntegrationTest {

	private static final Pattern TOKEN = Pattern.compile(
			"action=\"[^\"]*/certificate-hours\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]*)\"");

	private static final Pattern FEED = Pattern.compile("calendar\\.ics\\?member=(\\d+)&amp;key=");

	@Test
	void aKeptPageCarriesEachViewersOwnTokenAndCalendar() throws Exception {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		long community = communityLedBy(guru, "Kombel Formulir ", "73.71");
		String path = "/communities/" + community;
		FormSession one = FormSession.signIn(port, "guru@demo.kombel.id");
		FormSession other = FormSession.signIn(port, "guru@demo.kombel.id");

		String first = page(one, path);
		String again = page(one, path);
		String elsewhere = page(other, path);
		for (String html : new String[] { first, again, elsewhere }) {
			assertThat(html).doesNotContain(FormTemplates.TOKEN).doesNotContain("kombel-member-feed");
		}
		long guruId = guru.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(feedOf(again)).isEqualTo(guruId);

		String hours = path + "/certificate-hours";
		assertThat(one.post(hours, "hours=9&_csrf=" + FormSession.encode(token(elsewhere))).statusCode())
			.as("another browser's token")
			.isEqualTo(403);
		assertThat(page(other, path)).as("nothing saved by a refused form").contains("max=\"40\" value=\"\"");
		assertThat(one.post(hours, "hours=9&_csrf=" + FormSession.encode(token(again))).statusCode()).isEqualTo(302);
		assertThat(page(other, path)).contains("max=\"40\" value=\"9\"");

		Api anggota = api().as("anggota@demo.kombel.id").inLanguage("id");
		assertThat(anggota.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);
		long anggotaId = anggota.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(feedOf(page(FormSession.signIn(port, "anggota@demo.kombel.id"), path)))
			.as("the member's own calendar")
			.isEqualTo(anggotaId);
		assertThat(feedOf(page(one, path))).isEqualTo(guruId);
	}

	private static String page(FormSession browser, String path) throws Exception {
		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
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

}
