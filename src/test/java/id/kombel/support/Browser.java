package id.kombel.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Headless Chromium from the system (Debian's {@code chromium}), driven by Playwright.
 * Without it the browser tests are skipped, unless {@code KOMBEL_REQUIRE_BROWSER=1} (as
 * in CI) makes a missing browser a failure.
 */
public final class Browser {

	private Browser() {
	}

	public static Path executable() {
		Path path = Path.of(System.getenv().getOrDefault("KOMBEL_CHROMIUM", "/usr/bin/chromium"));
		if (!Files.isExecutable(path)) {
			if ("1".equals(System.getenv("KOMBEL_REQUIRE_BROWSER"))) {
				throw new IllegalStateException("Chromium not found at " + path + " (apt-get install -y chromium)");
			}
			Assumptions.abort("Chromium not found at " + path + "; browser tests skipped");
		}
		return path;
	}

	public static Playwright playwright() {
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static com.microsoft.playwright.Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable())
				.setHeadless(true)
				.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
	}

}
