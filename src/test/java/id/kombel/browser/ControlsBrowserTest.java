package id.kombel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kombel.support.Api;
import id.kombel.support.BrowserTest;

/**
 * Every control a thumb must hit on the main pages (monitoring, compliance, portfolio and
 * its public verification included), at 360 px: visible (text contrast at least 4.5:1
 * against what is really behind it) and at least 44 × 44 px. Buttons that read as links
 * (roll call, starter ticks, approving, removing, picking, revoking, moderation) were
 * white on white and 20 px high.
 */
class ControlsBrowserTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/**
	 * Each visible control as [label, contrast, width, height]. Links inside running text
	 * (a sentence, a list item's title) are measured for contrast only: WCAG 2.5.8
	 * exempts inline links from the size rule, and the rest of the line is the target's
	 * spacing.
	 */
	private static final String MEASURE = """
			() => {
			  const rgba = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); if (!m) return [0,0,0,0];
			    const p = m[1].split(',').map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
			  const over = (top, under) => { const a = top[3]; return [0,1,2].map(i => top[i]*a + under[i]*(1-a)).concat([1]); };
			  const background = el => { const layers = [];
			    for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor);
			      if (c[3] > 0) layers.push(c); if (c[3] >= 1) break; }
			    let bg = [255,255,255,1]; for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg); return bg; };
			  const opacity = el => { let o = 1; for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity); return o; };
			  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v/12.92 : Math.pow((v+0.055)/1.055, 2.4); };
			    return 0.2126*f(c[0]) + 0.7152*f(c[1]) + 0.0722*f(c[2]); };
			  const inline = el => el.tagName === 'A' && !el.classList.contains('button') && !el.classList.contains('chip')
			    && !el.closest('.links, .pager, .crumbs, .top, .foot')
			    && el.closest('p, li, td, dd, small');
			  const out = [];
			  for (const el of document.querySelectorAll('button, a[href], input[type=submit], summary')) {
			    const r = el.getBoundingClientRect(); const st = getComputedStyle(el);
			    if (r.width === 0 || r.height === 0 || st.visibility === 'hidden' || el.closest('.skip')) continue;
			    const bg = background(el); const fg = rgba(st.color); fg[3] *= opacity(el);
			    const ink = over(fg, bg); const l1 = lum(ink), l2 = lum(bg);
			    const contrast = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
			    const label = (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().replace(/\\s+/g, ' ').slice(0, 40);
			    out.push([label, contrast, inline(el) ? 44 : r.width, inline(el) ? 44 : r.height]);
			  }
			  return out;
			}""";

	@Test
	void everyControlOnTheMainPagesIsVisibleAndBigEnoughForAThumb() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		String name = "Kombel Tombol " + UUID.randomUUID().toString().substring(0, 6);
		long community = guru.post("/api/v1/communities", "{\"name\":\"" + name
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\",\"joinPolicy\":\"APPROVAL\"}")
			.json()
			.get("id")
			.asLong();
		anggota.post("/api/v1/communities/" + community + "/join", "");
		String start = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7))
			.plusDays(3)
			.withNano(0)
			.withSecond(0)
			.toString();
		String end = java.time.OffsetDateTime.parse(start).plusHours(2).toString();
		long activity = guru.post("/api/v1/communities/" + community + "/activities",
				"{\"title\":\"Diskusi tombol\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"Ruang guru\","
						+ "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end + "\"}")
			.json()
			.get("id")
			.asLong();

		List<String> failures = new ArrayList<>();
		Page facilitator = signedIn("guru@demo.kombel.id");
		String base = "http://localhost:" + port;
		measure(facilitator, base + "/communities", "communities", failures);
		measure(facilitator, base + "/communities/" + community, "community", failures);
		measure(facilitator, base + "/communities/" + community + "/start", "starter", failures);
		measure(facilitator, base + "/activities/" + activity, "activity", failures);
		measure(facilitator, base + "/knowledge", "knowledge", failures);

		Page balai = signedIn("balai@demo.kombel.id");
		balai.navigate(base + "/programmes");
		balai.locator("main a[href^='/programmes/']").first().click();
		measure(balai, balai.url(), "programme", failures);
		balai.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kabupaten Dairi")).first().click();
		measure(balai, balai.url(), "event", failures);

		Page admin = signedIn("admin@demo.kombel.id");
		measure(admin, base + "/knowledge/moderation", "moderation", failures);
		measure(admin, base + "/admin/accounts", "admin", failures);

		// monitoring and portfolio (issues 11 and 12)
		Page office = signedIn("dinas.dairi@demo.kombel.id");
		measure(office, base + "/monitoring", "monitoring", failures);
		measure(office, base + "/monitoring/compliance?region=12.11", "compliance", failures);
		measure(facilitator, base + "/portfolio", "portfolio", failures);
		assertThat(guru.bytes("/api/v1/portfolio.pdf?from=2021-01-01&to=2030-12-31").statusCode()).isEqualTo(200);
		String token = jdbc.sql("select token from portfolio_export order by id desc limit 1")
			.query(String.class)
			.single();
		Page visitor = phoneContext().newPage();
		measure(visitor, base + "/portfolio/verify/" + token, "verification", failures);

		assertThat(failures).isEmpty();
	}

	private static void measure(Page page, String url, String shot, List<String> failures) {
		page.navigate(url);
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/controls-" + shot + ".png"))
			.setFullPage(true));
		@SuppressWarnings("unchecked")
		List<List<Object>> controls = (List<List<Object>>) page.evaluate(MEASURE);
		assertThat(controls).as(url).isNotEmpty();
		for (List<Object> c : controls) {
			double contrast = ((Number) c.get(1)).doubleValue();
			double width = ((Number) c.get(2)).doubleValue();
			double height = ((Number) c.get(3)).doubleValue();
			if (contrast < 4.5 || width < 44 || height < 44) {
				failures.add(String.format("%s: \"%s\" contrast %.2f, %.0f×%.0f px", shot, c.get(0), contrast, width,
						height));
			}
		}
	}

}
