package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.kombel.support.BrowserTest;

/**
 * A teacher on a 360 px phone signs in, finds their school, switches language and signs
 * out.
 */
class FoundationBrowserTest extends BrowserTest {

	private Page phone() {
		BrowserContext context = phoneContext();
		return context.newPage();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void teacherSignsInOnAPhoneAndSeesOnlyThemself() {
		Page page = phone();
		page.navigate(url("/"));
		assertThat(page.locator("html")).hasAttribute("lang", "id");
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Masuk").setExact(true))
			.first()
			.click();
		page.getByLabel("Email").fill("guru@demo.kombel.id");
		page.getByLabel("Kata sandi").fill("kombel-demo");
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.locator("h1")).containsText("Selamat datang");
		assertThat(fitsWidth(page)).as("no sideways scrolling at 360 px").isTrue();

		// a page that is not there still says who is signed in and lets them sign out
		page.navigate(url("/communities/987654321"));
		assertThat(page.locator("header .who .name")).containsText("Rosmawati");
		assertThat(page.locator("header .who button[type=submit]")).isVisible();
		assertThat(fitsWidth(page)).as("the refused page at 360 px").isTrue();
		page.screenshot(new Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target/screenshots/not-found-signed-in.png")));

		page.navigate(url("/people"));
		assertThat(page.locator("main .list li")).hasCount(1);
		assertThat(page.locator("main .list li")).containsText("Rosmawati");

		page.locator("a[hreflang=en]").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).containsText("Educators");

		page.locator("button", new Page.LocatorOptions().setHasText("Sign out")).click();
		assertThat(page.locator("a[href='/login']").first()).isVisible();
	}

	@Test
	void wrongPasswordSaysSoInIndonesian() {
		Page page = phone();
		page.navigate(url("/login"));
		page.getByLabel("Email").fill("guru@demo.kombel.id");
		page.getByLabel("Kata sandi").fill("salah-salah");
		page.locator("form.stack button[type=submit]").click();
		assertThat(page.locator("[role=alert]")).containsText("Email atau kata sandi salah");
	}

	@Test
	void anyoneBrowsesSchoolsOfARegency() {
		Page page = phone();
		page.navigate(url("/schools?province=12&region=12.11&level=SD"));
		assertThat(page.locator("main .list li").first()).isVisible();
		assertThat(page.locator("main .list li")).not().hasCount(0);
		assertThat(fitsWidth(page)).isTrue();
		page.locator("main .list li a").first().click();
		assertThat(page.locator("dl.facts")).containsText("NPSN");
	}

	private static boolean fitsWidth(Page page) {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
	}

}
