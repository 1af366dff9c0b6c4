package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kombel.support.Api;
import id.kombel.support.BrowserTest;

/**
 * On a 360 px phone, Balai staff name the signatory of an event's certificates and
 * download one that carries them, ready to print, sign and stamp.
 */
class CertificateSigningBrowserTest extends BrowserTest {

	@Test
	void staffSetTheSignatoryOnThePhoneAndTheDownloadedCertificateCarriesIt() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Api balai = api().as("balai@demo.kombel.id");
		long programme = balai
			.post("/api/v1/programmes",
					"{\"title\":\"Bimtek Tanda Tangan " + tag
							+ "\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8,\"minSessions\":1}")
			.json()
			.get("id")
			.asLong();
		long event = balai
			.post("/api/v1/programmes/" + programme + "/events:for-each-regency",
					"{\"date\":\"2024-05-27\",\"regencyCodes\":[\"12.11\"]}")
			.json()
			.get(0)
			.get("id")
			.asLong();
		balai.upload("/api/v1/programmes/" + programme + "/participants:import", "p.csv",
				("Nama;Kabupaten/Kota\nRosmawati Tanda " + tag + ";Dairi\n").getBytes(StandardCharsets.UTF_8));
		String ticket = balai.get("/api/v1/events/" + event + "/participants")
			.json()
			.get(0)
			.get("ticketCode")
			.asString();
		balai.post("/api/v1/events/" + event + "/check-ins", "{\"ticket\":\"" + ticket + "\",\"session\":\"PAGI\"}");

		BrowserContext context = phoneContext();
		Page page = signedIn(context, "balai@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/events/" + event);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Terbitkan sertifikat")).click();
		page.locator("#signing summary").click();
		page.locator("#sg-place").fill("Medan");
		page.locator("#sg-position").fill("Kepala Balai Besar Guru Penggerak Provinsi Sumatera Utara");
		page.locator("#sg-name").fill("Dr. Hasan Basri Nasution, M.Pd.");
		page.locator("#sg-nip").fill("19700101 199501 1 001");
		page.locator("#signing button[type=submit]").click();
		assertThat(page.locator("#signing dl")).containsText("Dr. Hasan Basri Nasution, M.Pd.");
		assertThat(page.locator("#signing dl")).containsText("197001011995011001");
		assertThat(page.locator("#signing dl")).containsText("Balai Besar Guru Penggerak Provinsi Sumatera Utara");
		assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 360 px")
			.isTrue();
		page.locator("#signing").scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/certificate-signing.png")));

		Download download = page.waitForDownload(() -> page.locator("#certificates a[href$='.pdf']").first().click());
		byte[] pdf = Files.readAllBytes(download.path());
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("BALAI BESAR GURU PENGGERAK PROVINSI SUMATERA UTARA")
				.contains("Rosmawati Tanda " + tag)
				.containsPattern("Medan, \\d{1,2} [A-Z][a-z]+ \\d{4}")
				.contains("Kepala Balai Besar Guru Penggerak Provinsi Sumatera Utara,")
				.contains("Dr. Hasan Basri Nasution, M.Pd.")
				.contains("NIP 197001011995011001");
		}
		context.close();
	}

}
