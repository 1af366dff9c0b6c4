package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import id.kombel.support.Api;
import id.kombel.support.BrowserTest;
import tools.jackson.databind.JsonNode;

/**
 * Balai staff set up a bimtek from the pages (programme, events, roster), and a committee
 * phone at the venue checks people in by typed code, keeps working with the network cut,
 * and syncs.
 */
class EventBrowserTest extends BrowserTest {

	@Test
	void balaiSetsUpABimtekAndAVenueChecksInOfflineAndSyncs() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		BrowserContext context = phoneContext();
		Page page = signedIn(context, "balai@demo.kombel.id");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Program")).first().click();
		page.locator("#title").fill("Bimtek Browser " + tag);
		page.locator("#targetParticipants").fill("100");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat program")).click();
		assertThat(page.locator("h1")).hasText("Bimtek Browser " + tag);
		long programme = Long.parseLong(page.url().replaceAll(".*/programmes/(\\d+).*", "$1"));

		page.locator("#date").fill("2024-05-27");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat acara di setiap kabupaten/kota"))
			.click();
		assertThat(page.locator("table.table tbody tr")).hasCount(33);

		String roster = "Nama Lengkap;Kabupaten/Kota;NUPTK\nAni " + tag + ";Kab. Dairi;\nBudi " + tag + ";Dairi;\nCici "
				+ tag + ";Dairi;\nDodi " + tag + ";Kabupaten Antah;\n";
		page.locator("#file")
			.setInputFiles(new FilePayload("peserta.csv", "text/csv", roster.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Impor")).click();
		assertThat(page.locator("#import-result")).containsText("3 orang baru");
		assertThat(page.locator("#import-result")).containsText("Kabupaten Antah");
		assertThat(page.locator("#import-result a").first()).hasAttribute("href",
				java.util.regex.Pattern.compile("/imports/\\d+/rejected.csv"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kabupaten Dairi")).click();
		assertThat(page.locator("h1")).hasText("Kabupaten Dairi");
		assertThat(page.locator("#participants tbody tr")).hasCount(3);
		long event = Long.parseLong(page.url().replaceAll(".*/events/(\\d+).*", "$1"));

		Api balai = api().as("balai@demo.kombel.id");
		JsonNode participants = balai.get("/api/v1/events/" + event + "/participants").json();
		String ani = participants.get(0).get("ticketCode").asString();
		String budi = participants.get(1).get("ticketCode").asString();

		page.navigate("http://localhost:" + port + "/events/" + event + "/check-in");
		// no second visit needed: once installed, the service worker holds the page it
		// was registered from
		page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
		// the page picks the session under way by the clock
		page.locator("input[name=session][value=PAGI]").check();
		assertThat(page.locator("#count")).containsText("0 dari 3");
		page.locator("#code").fill(ani.substring(0, 4).toLowerCase() + "-" + ani.substring(4));
		page.locator("#code").press("Enter");
		assertThat(page.locator("#result")).containsText("Ani " + tag + " hadir");
		assertThat(page.locator("#pending")).containsText("0 menunggu");
		// a code nobody holds, typed while online: refused at once, in red, never "hadir"
		page.locator("#code").fill("ZZZZZZZZ");
		page.locator("#code").press("Enter");
		assertThat(page.locator("#result")).containsText("tidak ada dalam daftar peserta");
		assertThat(page.locator("#result")).not().containsText("ZZZZZZZZ hadir");
		assertThat(page.locator("#result")).hasClass("error");
		assertThat(page.locator("#pending")).containsText("0 menunggu");
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(java.nio.file.Paths.get("target/screenshots/check-in-unknown-ticket.png")));

		// the chip speaks the page's language: "Online" was English on the Indonesian
		// page
		assertThat(page.locator("#net")).hasText("Tersambung");
		context.setOffline(true);
		assertThat(page.locator("#net")).containsText("Terputus");
		page.locator("#find").fill("Budi");
		page.locator("#matches button").first().click();
		assertThat(page.locator("#result")).containsText("tersimpan di HP");
		assertThat(page.locator("#pending")).containsText("1 menunggu");
		page.locator("#code").fill(ani);
		page.locator("#code").press("Enter");
		assertThat(page.locator("#result")).containsText("sudah presensi");
		assertThat(balai.get("/api/v1/events/" + event + "/participants").json().get(1).get("checkedIn").asBoolean())
			.isFalse();
		// the phone reloads the page without a connection: the service worker's copy
		// opens, the queue is still there
		page.reload();
		assertThat(page.locator("h1")).hasText("Presensi");
		assertThat(page.locator("#pending")).containsText("1 menunggu");

		context.setOffline(false);
		assertThat(page.locator("#pending")).containsText("0 menunggu");
		JsonNode after = balai.get("/api/v1/events/" + event + "/participants").json();
		assertThat(after.get(0).get("checkedIn").asBoolean()).isTrue();
		assertThat(after.get(1).get("checkedIn").asBoolean()).isTrue();
		assertThat(after.get(2).get("checkedIn").asBoolean()).isFalse();
		assertThat(budi).isEqualTo(after.get(1).get("ticketCode").asString());

		page.navigate("http://localhost:" + port + "/programmes/" + programme + "/report");
		assertThat(page.locator("h1")).hasText("Laporan");
		assertThat(page.locator("table.chart tbody tr")).hasCount(33);
		// only Ani stays for the afternoon: the rule asks for both sessions
		assertThat(balai
			.post("/api/v1/events/" + event + "/check-ins", "{\"ticket\":\"" + ani + "\",\"session\":\"SIANG\"}")
			.status()).isEqualTo(201);
		page.navigate("http://localhost:" + port + "/events/" + event);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terbitkan sertifikat")).click();
		assertThat(page.locator("#certificates li")).hasCount(1);
		assertThat(page.locator("#certificates li")).containsText("Ani " + tag);
		context.close();
	}

	@Test
	void aParticipantOpensTheirTicketOnAPhoneWithoutSigningIn() {
		Api balai = api().as("balai@demo.kombel.id");
		long programme = balai.get("/api/v1/programmes")
			.json()
			.get(balai.get("/api/v1/programmes").json().size() - 1)
			.get("id")
			.asLong();
		JsonNode events = balai.get("/api/v1/programmes/" + programme + "/events").json();
		String code = null;
		for (JsonNode e : events) {
			JsonNode list = balai.get("/api/v1/events/" + e.get("id").asLong() + "/participants").json();
			if (!list.isEmpty()) {
				code = list.get(0).get("ticketCode").asString();
				break;
			}
		}
		assertThat(code).as("the demo programme has participants").isNotNull();
		Page page = phoneContext().newPage();
		page.navigate("http://localhost:" + port + "/tickets/" + code);
		assertThat(page.locator(".ticket-code")).hasText(code.substring(0, 4) + "-" + code.substring(4));
		assertThat(page.locator(".ticket-qr svg")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kirim lewat WhatsApp")))
			.hasAttribute("href", java.util.regex.Pattern.compile("^https://wa\\.me/"));
	}

}
