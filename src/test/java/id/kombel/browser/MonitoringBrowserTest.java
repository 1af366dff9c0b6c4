package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kombel.support.BrowserTest;

/**
 * A regency office on a phone opens its dashboard, drills down to a district and a
 * school, opens a stalled community and downloads a table as XLSX. Screenshots in
 * {@code target/screenshots}.
 */
class MonitoringBrowserTest extends BrowserTest {

	private static final Path SHOTS = Path.of("target/screenshots");

	@Test
	void aRegencyOfficeDrillsDownAndDownloads() throws Exception {
		Files.createDirectories(SHOTS);
		Page page = signedIn("dinas.dairi@demo.kombel.id");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pemantauan")).first().click();
		assertThat(page.locator("#place-name")).containsText("Dairi");
		assertThat(page.locator("#f-stalled")).not().hasText("0");
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("monitoring-regency.png")).setFullPage(true));

		// the district with the most communities, then its school with the most
		page.locator("#children thead a").nth(1).click();
		page.locator("#children tbody tr td a").first().click();
		assertThat(page.locator("h1 small")).hasText("Kecamatan");
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("monitoring-district.png")).setFullPage(true));
		page.locator("#children thead a").nth(1).click();
		page.locator("#children tbody tr td a").first().click();
		assertThat(page.locator("h1 small")).hasText("Sekolah");
		page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("monitoring-school.png")).setFullPage(true));

		// back up to the regency by the breadcrumb, and the stalled community it lists
		page.locator("nav.crumbs a", new Page.LocatorOptions().setHasText("Dairi")).first().click();
		assertThat(page.locator("#place-name")).containsText("Dairi");
		var download = page.waitForDownload(() -> page.locator("#stalled-xlsx").click());
		assertThat(download.suggestedFilename()).isEqualTo("pemantauan-stalled-12.11.xlsx");
		byte[] xlsx = Files.readAllBytes(download.path());
		assertThat(new String(xlsx, 0, 2)).as("a zip (XLSX)").isEqualTo("PK");
		page.locator("#stalled a", new Page.LocatorOptions().setHasText("Kombel Numerasi Antar Sekolah Dairi"))
			.first()
			.click();
		assertThat(page.locator("h1")).containsText("Kombel Numerasi Antar Sekolah Dairi");
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("monitoring-stalled.png")).setFullPage(true));

		// the semester's inquiry-cycle compliance, in place of the principals'
		// hand-filled form
		page.goBack();
		page.locator("#compliance-link").click();
		page.screenshot(
				new Page.ScreenshotOptions().setPath(SHOTS.resolve("monitoring-compliance.png")).setFullPage(true));
		var compliance = page.waitForDownload(() -> page.locator("#compliance-xlsx").click());
		byte[] sheet = Files.readAllBytes(compliance.path());
		assertThat(new String(sheet, 0, 2)).as("a zip (XLSX)").isEqualTo("PK");
		assertThat(compliance.suggestedFilename()).endsWith(".xlsx");
	}

}
