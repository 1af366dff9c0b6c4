package id.kombel.communities.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;

/**
 * The facilitator's page shows the certificate hours from the community's snapshot: a
 * change shows on the next view of a page already read, and removing them empties the
 * field.
 */
class CertificateHoursPageTest extends IntegrationTest {

	@Test
	void theFacilitatorsPageShowsTheHoursAsJustSet() {
		Api admin = api().as("admin@demo.kombel.id");
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		long community = admin
			.post("/api/v1/communities",
					"{\"name\":\"Kombel Jam " + UUID.randomUUID().toString().substring(0, 6)
							+ "\",\"kind\":\"ONLINE\",\"levels\":[\"SD\"],\"regionCode\":\"73.71\"}")
			.json()
			.get("id")
			.asLong();
		long guruId = guru.get("/api/v1/tokens/current").json().get("accountId").asLong();
		assertThat(admin
			.post("/api/v1/communities/" + community + "/members",
					"{\"accountId\":" + guruId + ",\"role\":\"FACILITATOR\"}")
			.status()).isEqualTo(200);
		String page = "/communities/" + community;
		assertThat(field(guru.get(page).body())).contains("value=\"\"");

		String hours = "/api/v1/communities/" + community + "/certificate-hours";
		assertThat(guru.put(hours, "{\"hours\":12}").status()).isEqualTo(200);
		assertThat(field(guru.get(page).body())).contains("value=\"12\"");
		assertThat(guru.put(hours, "{\"hours\":41}").status()).isEqualTo(400);
		assertThat(field(guru.get(page).body())).as("nothing saved by a refused value").contains("value=\"12\"");
		assertThat(guru.put(hours, "{\"hours\":null}").status()).isEqualTo(200);
		assertThat(field(guru.get(page).body())).contains("value=\"\"");
	}

	/** The page's hours field. */
	private static String field(String html) {
		Matcher m = Pattern.compile("<input name=\"hours\"[^>]*>").matcher(html);
		assertThat(m.find()).as("the certificate hours field").isTrue();
		return m.group();
	}

}
