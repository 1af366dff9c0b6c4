package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kombel.support.BrowserTest;

/**
 * Page forms answer bad input the same way everywhere on a 360 px phone: the form comes
 * back with what was typed, the problems listed at the top in Bahasa Indonesia and each
 * under its field. Screenshots in {@code target/screenshots} for a look.
 */
class FormErrorsBrowserTest extends BrowserTest {

	private static final Path SHOTS = Path.of("target/screenshots");

	@Test
	void aCommunityWithoutALevelComesBackWithTheNameKeptAndTheProblemSaid() {
		Page guru = signedIn("guru@demo.kombel.id");
		guru.navigate("http://localhost:" + port + "/communities/new");
		guru.getByLabel("Nama komunitas").fill("Kombel Tanpa Jenjang");
		guru.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat komunitas")).click();

		assertThat(guru.locator("[role=alert]")).isVisible();
		assertThat(guru.getByLabel("Nama komunitas")).hasValue("Kombel Tanpa Jenjang");
		assertThat(guru.locator(".field-error").first()).isVisible();
		guru.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("community-form-errors.png")).setFullPage(true));
	}

	@Test
	void aProgrammeWithABadAgendaLineComesBackWithTheLineNamed() {
		Page balai = signedIn("balai@demo.kombel.id");
		balai.navigate("http://localhost:" + port + "/programmes");
		balai.locator("#title").fill("Lokakarya Uji Agenda");
		balai.locator("#agenda").fill("PAGI 08.00-12.00 Pembukaan\nsiang tanpa jam");
		balai.locator("form[action$='/programmes'] button[type=submit]").first().click();

		assertThat(balai.locator("main")).containsText("Baris agenda ke-2");
		assertThat(balai.locator("[role=alert]")).containsText("Agenda:");
		assertThat(balai.locator("#title")).hasValue("Lokakarya Uji Agenda");
		balai.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("programme-form-errors.png")).setFullPage(true));
	}

	@Test
	void aWalkInWithoutANameComesBackOnTheEventPageWithWhatWasTyped() {
		Page balai = signedIn("balai@demo.kombel.id");
		balai.navigate("http://localhost:" + port + "/programmes");
		balai
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Bimtek Penguatan Komunitas Belajar Provinsi Sumatera Utara"))
			.click();
		balai.locator("a[href^='/events/']")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Dairi"))
			.first()
			.click();
		// the browser would stop an empty name itself; the server must say it too
		balai.evaluate("document.querySelectorAll('form').forEach(f => f.noValidate = true)");
		balai.locator("details:has(form[action$='/walk-ins']) > summary").click();
		balai.locator("#wschool").fill("SD Negeri Uji Walk-in");
		balai.locator("form[action$='/walk-ins'] button[type=submit]").click();

		assertThat(balai.locator("[role=alert]")).containsText("Nama");
		// the form is open again, with what was typed, so nothing is typed twice
		assertThat(balai.locator("#wschool")).isVisible();
		assertThat(balai.locator("#wschool")).hasValue("SD Negeri Uji Walk-in");
		balai.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("event-walk-in-errors.png")).setFullPage(true));
	}

}
