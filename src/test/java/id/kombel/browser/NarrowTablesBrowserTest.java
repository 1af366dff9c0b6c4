package id.kombel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import id.kombel.support.Api;
import id.kombel.support.BrowserTest;
import tools.jackson.databind.JsonNode;

/**
 * The widest tables staff open on a phone fit 360 px: nothing is cut off or needs a
 * sideways scroll (the programme's 33 regencies with their counts, the accounts list with
 * long e-mail addresses).
 */
class NarrowTablesBrowserTest extends BrowserTest {

	@Test
	void theProgrammeTableFitsAPhone() {
		Api balai = api().as("balai@demo.kombel.id");
		JsonNode programmes = balai.get("/api/v1/programmes").json();
		long programme = programmes.get(programmes.size() - 1).get("id").asLong();
		Page page = signedIn("balai@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/programmes/" + programme);
		page.locator("table.table").first().scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/programme-360.png"))
			.setFullPage(true));
		assertThat(width(page)).as("page width at 360 px").isLessThanOrEqualTo(360);
		assertThat(page.locator("table.table th").last().boundingBox().x
				+ page.locator("table.table th").last().boundingBox().width)
			.as("the last column (Hadir) ends inside the screen")
			.isLessThanOrEqualTo(360);
	}

	@Test
	void theAccountsListFitsAPhone() {
		Page page = signedIn("admin@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/admin/accounts");
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/accounts-360.png"))
			.setFullPage(true));
		assertThat(width(page)).as("page width at 360 px").isLessThanOrEqualTo(360);
	}

	private static int width(Page page) {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

}
