package id.kombel.communities.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;

/**
 * The facilitator's page shows the certificate hours from the community's snapshot: a
 * change shows on the next view of a page already read, a refused value changes nothing,
 * removing them empties the field; a member's page offers no such field.
 */
class CertificateHoursPageTest extends IntegrationTest {

	private static final Pattern FIELD = Pattern.compile("<input name=\"hours\"[^>]*>");

	@Test
	void theFacilitatorsPageShowsTheHoursAsJustSet() {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		Api anggota = api().as("anggota@demo.kombel.id").inLanguage("id");
		long community = communityLedBy(guru, "Kombel Jam ", "73.71");
		assertThat(anggota.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);
		String page = "/communities/" + community;
		assertThat(field(guru.get(page).body())).contains("value=\"\"");

		String hours = "/api/v1/communities/" + community + "/certificate-hours";
		assertThat(guru.put(hours, "{\"hours\":12}").status()).isEqualTo(200);
		assertThat(field(guru.get(page).body())).contains("value=\"12\"");
		assertThat(guru.put(hours, "{\"hours\":41}").status()).isEqualTo(400);
		assertThat(anggota.put(hours, "{\"hours\":3}").status()).isEqualTo(403);
		assertThat(field(guru.get(page).body())).as("nothing saved by a refused value").contains("value=\"12\"");
		String memberPage = anggota.get(page).body();
		assertThat(FIELD.matcher(memberPage).find()).as("a member's page has no hours field").isFalse();
		assertThat(memberPage).doesNotContain("certificate-hours");
		assertThat(guru.put(hours, "{\"hours\":null}").status()).isEqualTo(200);
		assertThat(field(guru.get(page).body())).contains("value=\"\"");
	}

	/** The page's hours field. */
	private static String field(String html) {
		Matcher m = FIELD.matcher(html);
		assertThat(m.find()).as("the certificate hours field").isTrue();
		return m.group();
	}

}
