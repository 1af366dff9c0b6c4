package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kombel.support.Api;
import id.kombel.support.BrowserTest;
import tools.jackson.databind.JsonNode;

/**
 * A committee member whose phone is set to English reads the Indonesian venue pages: the
 * check-in log's clock, the connection chip, the roster's WhatsApp chips and the ticket's
 * QR all speak one language and say what they are.
 */
class PhoneLanguageBrowserTest extends BrowserTest {

	@Test
	void anEnglishPhoneOnTheIndonesianCheckInPage() {
		Api balai = api().as("balai@demo.kombel.id");
		long programme = 0;
		// the demo programme (its participants have phones), not one another test made
		for (var p : balai.get("/api/v1/programmes").json()) {
			if (p.get("title").asString().startsWith("Bimtek Penguatan Komunitas Belajar")) {
				programme = p.get("id").asLong();
			}
		}
		long event = 0;
		for (JsonNode e : balai.get("/api/v1/programmes/" + programme + "/events").json()) {
			if (e.get("regencyCode").asString().equals("12.11")) {
				event = e.get("id").asLong();
			}
		}
		JsonNode participants = balai.get("/api/v1/events/" + event + "/participants").json();
		String ticket = participants.get(participants.size() - 1).get("ticketCode").asString();

		// the phone's own language is English (its clock and number formats); the person
		// chose Indonesian for the pages
		BrowserContext context = browser.newContext(
				new NewContextOptions().setViewportSize(360, 740).setLocale("en-US").setTimezoneId("Asia/Jakarta"));
		context.newPage().navigate("http://localhost:" + port + "/login?lang=id");
		Page page = signedIn(context, "balai@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/events/" + event + "/check-in");
		assertThat(page.locator("#net")).hasText("Tersambung");
		page.locator("input[name=session]").first().check();
		page.locator("#code").fill(ticket);
		page.locator("#code").press("Enter");
		assertThat(page.locator("#log li").first()).hasText(Pattern.compile("^\\d{2}\\.\\d{2} · .+"));

		page.navigate("http://localhost:" + port + "/events/" + event);
		var chip = page.locator("#participants a.chip").first();
		assertThat(chip).hasText("WA");
		assertThat(chip).hasAttribute("aria-label", Pattern.compile("^WA: kirim tiket ke .+"));

		page.navigate("http://localhost:" + port + "/tickets/" + ticket);
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Kode QR tiket"))).isVisible();
		assertThat(page.locator("a[href$='.ics']")).hasText("Tambahkan ke kalender");
	}

}
