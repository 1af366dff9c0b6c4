package id.kombel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import id.kombel.support.BrowserTest;

/**
 * The pages run under the content security policy: Chromium reports no violation (the
 * {@code securitypolicyviolation} event, and the console) on the public pages, a
 * teacher's, an administrator's and a venue's pages.
 */
class ContentSecurityBrowserTest extends BrowserTest {

	private static final String LISTEN = "window.__csp = [];"
			+ "document.addEventListener('securitypolicyviolation', e => window.__csp.push("
			+ "e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));";

	@Autowired
	JdbcClient jdbc;

	private long first(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void pagesRunWithoutPolicyViolations() {
		long community = first("SELECT MIN(id) FROM community");
		long activity = first("SELECT MIN(id) FROM activity");
		long practice = first("SELECT MIN(id) FROM practice");
		long event = first("SELECT MIN(event_id) FROM participant");
		long programme = first("SELECT MIN(programme_id) FROM participant");
		String ticket = jdbc.sql("SELECT MIN(ticket_code) FROM participant").query(String.class).single();

		List<String> violations = new ArrayList<>();
		visit(null, violations, "/", "/login", "/knowledge", "/regions", "/schools", "/offices", "/about",
				"/tickets/" + ticket);
		visit("admin@demo.kombel.id", violations, "/", "/communities", "/communities/" + community,
				"/activities/" + activity, "/practices/" + practice, "/people", "/admin/accounts", "/programmes",
				"/programmes/" + programme, "/events/" + event, "/events/" + event + "/check-in");
		assertThat(violations).isEmpty();
	}

	private void visit(String email, List<String> violations, String... paths) {
		BrowserContext context = phoneContext();
		context.addInitScript(LISTEN);
		Page page = email == null ? context.newPage() : signedIn(context, email);
		page.onConsoleMessage(m -> {
			if (m.text().contains("Content Security Policy")) {
				violations.add(m.text());
			}
		});
		for (String path : paths) {
			page.navigate("http://localhost:" + port + path);
			page.waitForLoadState();
			@SuppressWarnings("unchecked")
			List<Object> found = (List<Object>) page.evaluate("window.__csp || []");
			found.forEach(v -> violations.add(path + ": " + v));
		}
		context.close();
	}

}
