package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

import id.kombel.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * What is shown at a door with no signal opens after one visit: a participant's ticket, a
 * facilitator's check-in code, and the venue check-in page on a connected but dead link
 * (a request that never answers) and in English.
 */
class OfflineBrowserTest extends id.kombel.support.BrowserTest {

	/**
	 * Well under the 45 s a dead link hangs; the worker gives up on the network after 3.
	 */
	private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(10_000);

	@Test
	void aTicketOpenedOnceOpensAgainOfflineAlsoInEnglish() {
		String code = demoTicket();
		BrowserContext context = phoneContext();
		Page page = context.newPage();
		page.navigate("http://localhost:" + port + "/tickets/" + code);
		assertThat(page.locator(".ticket-qr svg")).isVisible();
		waitUntilKept(page);

		context.setOffline(true);
		page.reload();
		assertThat(page.locator(".ticket-code")).hasText(code.substring(0, 4) + "-" + code.substring(4));
		assertThat(page.locator(".ticket-qr svg")).isVisible();
		assertStyled(page);
		page.navigate("http://localhost:" + port + "/tickets/" + code + "?lang=en");
		assertThat(page.locator(".ticket-code")).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/ticket-offline.png")));
		context.close();
	}

	@Test
	void aFacilitatorsCheckInCodeOpensAgainOffline() {
		Api guru = api().as("guru@demo.kombel.id");
		String name = "Kombel Luring " + UUID.randomUUID().toString().substring(0, 6);
		long community = guru
			.post("/api/v1/communities",
					"{\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}")
			.json()
			.get("id")
			.asLong();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MINUTES);
		long activity = guru.post("/api/v1/communities/" + community + "/activities",
				"{\"title\":\"Diskusi luring\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"SD Negeri 1\","
						+ "\"startsAt\":\"" + now.minusMinutes(5) + "\",\"endsAt\":\"" + now.plusMinutes(85) + "\"}")
			.json()
			.get("id")
			.asLong();
		BrowserContext context = phoneContext();
		Page page = signedIn(context, "guru@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/activities/" + activity);
		String code = page.locator(".checkin-code .code").textContent().strip();
		assertThat(code).matches("\\d{6}");
		waitUntilKept(page);

		context.setOffline(true);
		page.reload();
		assertThat(page.locator(".checkin-code .code")).hasText(code);
		assertThat(page.locator(".checkin-code img")).isVisible();
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/activity-code-offline.png")));
		context.close();
	}

	@Test
	void theVenueCheckInPageAnswersFromItsCopyOnADeadLinkAndInEnglish() {
		Api balai = api().as("balai@demo.kombel.id");
		long event = demoEventWithParticipants(balai);
		BrowserContext context = phoneContext();
		Page page = signedIn(context, "balai@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/events/" + event + "/check-in");
		page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
		page.waitForFunction(
				"() => caches.open('kombel-check-in-" + event + "').then(c => c.match(location.href)).then(r => !!r)");

		// connected but dead: the request is never answered
		context.route("**/events/" + event + "/check-in*", route -> {
		});
		page.reload(new Page.ReloadOptions().setTimeout(15_000));
		assertThat(page.locator("h1")).isVisible(SOON);
		assertThat(page.locator("h1")).hasText("Presensi");
		context.unrouteAll();

		context.setOffline(true);
		page.navigate("http://localhost:" + port + "/events/" + event + "/check-in?lang=en");
		assertThat(page.locator("#checkin")).isVisible(SOON);
		assertStyled(page);
		context.close();
	}

	@Test
	void afterSignOutTheNextPersonOnThePhoneCannotOpenThePreviousOnesPagesOffline() {
		Api balai = api().as("balai@demo.kombel.id");
		long event = demoEventWithParticipants(balai);
		String code = balai.get("/api/v1/events/" + event + "/participants").json().get(0).get("ticketCode").asString();
		BrowserContext context = phoneContext();
		Page page = signedIn(context, "balai@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/events/" + event + "/check-in");
		page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
		page.waitForFunction(
				"() => caches.open('kombel-check-in-" + event + "').then(c => c.match(location.href)).then(r => !!r)");
		page.waitForFunction("() => localStorage.getItem('kombel-roster-" + event + "') !== null");
		page.navigate("http://localhost:" + port + "/tickets/" + code);
		assertThat(page.locator(".ticket-code")).isVisible();
		waitUntilKept(page);

		page.locator("form[action$='/logout'] button").click();
		assertThat(page.locator("p.notice")).isVisible();
		// what the phone kept goes at once: the next person gets it handed over seconds
		// later
		assertThat(eventually(page, "() => caches.keys().then(k => navigator.serviceWorker.getRegistrations()"
				+ ".then(r => k.length + r.length === 0))"))
			.as("no copies, no workers")
			.isTrue();
		assertThat(page.evaluate("() => localStorage.getItem('kombel-roster-" + event + "')"))
			.as("the roster's names are gone too")
			.isNull();

		context.setOffline(true);
		for (String path : List.of("/tickets/" + code, "/events/" + event + "/check-in")) {
			String shown;
			try {
				page.navigate("http://localhost:" + port + path);
				shown = page.content();
			}
			catch (com.microsoft.playwright.PlaywrightException offline) {
				shown = offline.getMessage();
			}
			assertThat(shown).as(path + " no longer opens from the phone's copy")
				.doesNotContain("ticket-code")
				.doesNotContain("id=\"checkin\"");
		}
		context.close();
	}

	/**
	 * Offline, the page links its style by the versioned address
	 * ({@code kombel-<hash>.css}) and the worker's copy answers for it (issue 17).
	 */
	private static void assertStyled(Page page) {
		org.assertj.core.api.Assertions
			.assertThat((String) page.evaluate("() => document.querySelector('link[rel=stylesheet]').href"))
			.matches(".*/css/kombel-[0-9a-f]{32}\\.css");
		org.assertj.core.api.Assertions.assertThat((Boolean) page
			.evaluate("() => [...document.styleSheets].some(s => { try { return s.cssRules.length > 0; }"
					+ " catch (e) { return false; } })"))
			.as("the style is there offline")
			.isTrue();
	}

	/** The page's own copy is in the cache (the service worker keeps it from then on). */
	private static void waitUntilKept(Page page) {
		page.waitForFunction("() => navigator.serviceWorker.ready.then(() => true)");
		assertThat(eventually(page,
				"() => caches.open('kombel-offline-pages').then(c => c.match(location.href)).then(r => !!r)"))
			.as("the page's copy is kept")
			.isTrue();
	}

	/**
	 * Whether an asynchronous check comes true within 5 s. (waitForFunction does not wait
	 * for a promise: one is truthy at once.)
	 */
	private static boolean eventually(Page page, String check) {
		for (int i = 0; i < 50; i++) {
			if (Boolean.TRUE.equals(page.evaluate(check))) {
				return true;
			}
			page.waitForTimeout(100);
		}
		return false;
	}

	private String demoTicket() {
		Api balai = api().as("balai@demo.kombel.id");
		long event = demoEventWithParticipants(balai);
		return balai.get("/api/v1/events/" + event + "/participants").json().get(0).get("ticketCode").asString();
	}

	private static long demoEventWithParticipants(Api balai) {
		JsonNode programmes = balai.get("/api/v1/programmes").json();
		long programme = programmes.get(programmes.size() - 1).get("id").asLong();
		for (JsonNode e : balai.get("/api/v1/programmes/" + programme + "/events").json()) {
			if (!balai.get("/api/v1/events/" + e.get("id").asLong() + "/participants").json().isEmpty()) {
				return e.get("id").asLong();
			}
		}
		throw new AssertionError("the demo programme has participants");
	}

}
