package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import id.kombel.portfolio.evidence.EvidenceImages;
import id.kombel.support.BrowserTest;

/**
 * On a 360 px phone, an educator whose semester holds more than 10 MB is told before
 * downloading which item will be left out, chooses another instead, and downloads that.
 */
class PortfolioPlanBrowserTest extends BrowserTest {

	@Test
	void theUserSeesWhatWillBeLeftOutAndChoosesBeforeDownloading() throws IOException {
		Page page = signedIn("pengawas@demo.kombel.id");
		page.navigate("http://localhost:" + port + "/portfolio");
		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		upload(page, "Pindaian sertifikat diklat", today, scan(21));
		upload(page, "Pindaian sertifikat seminar", today, scan(22));

		Locator warning = page.locator("#pdf-warning");
		assertThat(warning).isVisible();
		assertThat(warning).containsText("tidak akan dimuat");
		assertThat(warning).containsText("Pindaian sertifikat seminar");
		Locator first = page.getByLabel("Pindaian sertifikat diklat");
		Locator second = page.getByLabel("Pindaian sertifikat seminar");
		assertThat(first).isChecked();
		assertThat(second).not().isChecked();
		assertThat(page.locator("#pdf")).isEnabled();
		Files.createDirectories(Path.of("target/screenshots"));
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portfolio-plan-360.png"))
			.setFullPage(true));

		// both do not fit: the page says so and will not download
		second.check();
		assertThat(page.locator("#pdf-over")).isVisible();
		assertThat(page.locator("#pdf")).isDisabled();
		// without the page's script the server checks the same choice
		page.locator("#pdf-check").click();
		assertThat(page.locator("#pdf-warning")).containsText("Pilihan Anda tidak muat");
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portfolio-plan-over-360.png"))
			.setFullPage(true));

		// the second instead of the first
		page.getByLabel("Pindaian sertifikat diklat").uncheck();
		assertThat(page.locator("#pdf-over")).isHidden();
		var download = page.waitForDownload(() -> page.locator("#pdf").click());
		Path file = download.path();
		org.assertj.core.api.Assertions.assertThat(Files.size(file)).isLessThanOrEqualTo(10L * 1024 * 1024);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			String cover = new PDFTextStripper().getText(pdf).lines().limit(60).reduce("", String::concat);
			org.assertj.core.api.Assertions.assertThat(cover)
				.as("the cover names what the user left out")
				.contains("Pindaian sertifikat diklat");
		}
	}

	private static void upload(Page page, String title, String day, byte[] pdf) {
		page.getByLabel("Judul").fill(title);
		page.getByLabel("Penyelenggara").fill("BGP Sumatera Utara");
		page.getByLabel("Tanggal", new Page.GetByLabelOptions().setExact(true)).fill(day);
		page.getByLabel("Jam pelatihan (JP)").fill("8");
		page.getByLabel("Berkas").setInputFiles(new FilePayload("pindaian.pdf", "application/pdf", pdf));
		page.locator("#evidence-form button[type=submit]").click();
		assertThat(page.locator("p.notice[role=status]")).containsText(title);
	}

	/** A scan at its worst for compression (noise): a PDF of about 6 MB. */
	static byte[] scan(long seed) throws IOException {
		Random random = new Random(seed);
		BufferedImage image = new BufferedImage(2600, 1950, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 1950; y++) {
			for (int x = 0; x < 2600; x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document d = new Document(PageSize.A4);
		PdfWriter.getInstance(d, out);
		d.open();
		Image jpeg = Image.getInstance(EvidenceImages.jpeg(image, 0.95f));
		jpeg.scaleToFit(500, 700);
		d.add(jpeg);
		d.close();
		return out.toByteArray();
	}

}
