package id.kombel.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The application on a real port, driven by headless Chromium sized as a cheap phone, in
 * Indonesian.
 */
public abstract class BrowserTest extends IntegrationTest {

	protected static Playwright playwright;

	protected static com.microsoft.playwright.Browser browser;

	@BeforeAll
	static void startBrowser() {
		Browser.executable();
		playwright = Browser.playwright();
		browser = Browser.launch(playwright);
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	/** A fresh phone-sized browser (its own cookies), which accepts downloads. */
	protected BrowserContext phoneContext() {
		return browser
			.newContext(new NewContextOptions().setViewportSize(360, 740).setLocale("id-ID").setAcceptDownloads(true));
	}

	/** Signs in through the form in this context; the demo password. */
	protected Page signedIn(BrowserContext context, String email) {
		Page page = context.newPage();
		page.navigate("http://localhost:" + port + "/login");
		page.getByLabel("Email").fill(email);
		page.getByLabel("Kata sandi").fill("kombel-demo");
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Selamat datang");
		return page;
	}

	protected Page signedIn(String email) {
		return signedIn(phoneContext(), email);
	}

}
