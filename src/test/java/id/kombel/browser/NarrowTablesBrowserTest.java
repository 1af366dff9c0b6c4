package id.kombel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import id.kombel.support.Api;
import id.kombel.support.BrowserTest;
import tools.jackson.databind.JsonNode;

/**
 * The widest tables staff open on a phone fit 360 px: nothing is cut off or needs a
 * sideways scroll (the programme's 33 regencies with their counts, the accounts list with
 * long e-mail addresses, an account's role form opened in its row, the tickets whose
 * e-mail did not go out with the mail server's long answer); a regency's districts, in
 * the one table that scrolls, are links a thumb hits.
 */
class NarrowTablesBrowserTest extends BrowserTest {

	/**
	 * Each visible control of the elements {@code selector} finds as [label, left, right,
	 * width, height], and the page's width.
	 */
	private static final String CONTROLS = """
			selector => [...document.querySelectorAll(selector)].flatMap(root =>
			  [...root.querySelectorAll('input, select, button, summary, a[href]')]).map(el => {
			    const r = el.getBoundingClientRect();
			    return [(el.id || el.textContent || el.tagName).trim().slice(0, 30), r.left, r.right, r.width, r.height]; })
			  .filter(c => c[3] > 0)""";

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

	/**
	 * The role form opened in an account's row: every field and the button at least 44 px
	 * high, wide enough to read what is chosen (not squeezed into the role column) and
	 * inside the screen.
	 */
	@Test
	void theRoleFormFitsAPhone() {
		Page page = signedIn("admin@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/admin/accounts");
		page.locator("table.table details summary").first().click();
		page.locator("table.table details[open] form").first().scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/accounts-roles-360.png")));
		assertThat(width(page)).as("page width at 360 px").isLessThanOrEqualTo(360);
		List<List<Object>> controls = controls(page, "table.table details[open]");
		assertThat(controls).hasSizeGreaterThanOrEqualTo(6);
		for (List<Object> c : controls) {
			assertThat(number(c, 4)).as("height of %s", c.get(0)).isGreaterThanOrEqualTo(44);
			assertThat(number(c, 1)).as("left edge of %s", c.get(0)).isGreaterThanOrEqualTo(0);
			assertThat(number(c, 2)).as("right edge of %s", c.get(0)).isLessThanOrEqualTo(360);
			if (!"Simpan peran".equals(c.get(0)) && !"Ubah peran".equals(c.get(0))) {
				assertThat(number(c, 3)).as("width of %s", c.get(0)).isGreaterThanOrEqualTo(200);
			}
		}
	}

	/**
	 * A regency's monitoring page lists its districts in a table that scrolls sideways:
	 * each district's link is a row a thumb hits, at least 44 px high (its line of text
	 * alone was 31 px), as the table's sort links above it are.
	 */
	@Test
	void theDistrictsOfARegencyAreLinksAThumbHits() {
		Page page = signedIn("dinas.dairi@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/monitoring");
		page.locator("#children").scrollIntoViewIfNeeded();
		page.locator("#children")
			.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
				.setPath(Paths.get("target/screenshots/monitoring-districts-360.png")));
		List<List<Object>> links = controls(page, "#children tbody");
		assertThat(links).as("Dairi's districts").hasSizeGreaterThanOrEqualTo(10);
		for (List<Object> link : links) {
			assertThat(number(link, 4)).as("height of %s", link.get(0)).isGreaterThanOrEqualTo(44);
			assertThat(number(link, 3)).as("width of %s", link.get(0)).isGreaterThanOrEqualTo(44);
		}
	}

	/**
	 * The tickets whose e-mail did not go out, one retried later and one given up with a
	 * mail server's long answer: each line readable inside the screen.
	 */
	@Test
	void theUndeliveredTicketsFitAPhone() {
		Api balai = api().as("balai@demo.kombel.id");
		JsonNode programmes = balai.get("/api/v1/programmes").json();
		long programme = programmes.get(programmes.size() - 1).get("id").asLong();
		List<Long> participants = jdbc
			.sql("select id from participant where programme_id = :p and invited_at is null order by id limit 2")
			.param("p", programme)
			.query(Long.class)
			.list();
		assertThat(participants).hasSize(2);
		try {
			jdbc.sql(
					"""
							update participant set mail_attempts = 2, mail_next_attempt_at = current_timestamp + interval '1' day,
							  mail_error = 'Connection timed out: smtp.kemdikbud.go.id:587' where id = :id""")
				.param("id", participants.get(0))
				.update();
			jdbc.sql(
					"""
							update participant set mail_attempts = 8, mail_given_up_at = current_timestamp,
							  mail_error = '550 5.1.1 <guru.sd.negeri.sidikalang.kabupaten.dairi@belajar.id>: Recipient address rejected: User unknown in virtual mailbox table'
							where id = :id""")
				.param("id", participants.get(1))
				.update();
			Page page = signedIn("balai@demo.kombel.id");
			page.navigate("http://localhost:" + port + "/programmes/" + programme);
			page.locator("#undelivered-mails").scrollIntoViewIfNeeded();
			page.locator("#undelivered-mails")
				.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
					.setPath(Paths.get("target/screenshots/undelivered-360.png")));
			assertThat(width(page)).as("page width at 360 px").isLessThanOrEqualTo(360);
			@SuppressWarnings("unchecked")
			List<List<Object>> lines = (List<List<Object>>) page.evaluate(
					"""
							() => [...document.querySelectorAll('#undelivered-mails li, #undelivered-mails li *')].map(el => {
							  const r = el.getBoundingClientRect(); return [el.textContent.trim().slice(0, 30), r.left, r.right]; })""");
			assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
			for (List<Object> line : lines) {
				assertThat(number(line, 1)).as("left edge of %s", line.get(0)).isGreaterThanOrEqualTo(0);
				assertThat(number(line, 2)).as("right edge of %s", line.get(0)).isLessThanOrEqualTo(360);
			}
		}
		finally {
			jdbc.sql("""
					update participant set mail_attempts = 0, mail_next_attempt_at = null, mail_given_up_at = null,
					  mail_error = null where id in (:ids)""").param("ids", participants).update();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<List<Object>> controls(Page page, String selector) {
		return (List<List<Object>>) page.evaluate(CONTROLS, selector);
	}

	private static double number(List<Object> row, int index) {
		return ((Number) row.get(index)).doubleValue();
	}

	private static int width(Page page) {
		return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

}
