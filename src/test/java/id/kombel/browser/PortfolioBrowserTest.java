package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import id.kombel.support.BrowserTest;

/**
 * A teacher on a 360 px phone opens their portfolio, adds a certificate from elsewhere
 * (refused first without a file type we take), and downloads the merged PDF.
 */
class PortfolioBrowserTest extends BrowserTest {

	@Test
	void aTeacherUploadsEvidenceAndDownloadsThePdf() throws IOException {
		Page guru = signedIn("guru@demo.kombel.id");
		guru.navigate("http://localhost:" + port + "/portfolio");
		assertThat(guru.locator("h1")).containsText("Portofolio saya");
		assertThat(guru.locator("#rules")).containsText("dari 3");
		Files.createDirectories(Path.of("target/screenshots"));
		guru.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portfolio-360.png"))
			.setFullPage(true));

		String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
		guru.getByLabel("Judul").fill("Webinar Literasi Nasional");
		guru.getByLabel("Penyelenggara").fill("Kemendikdasmen");
		guru.getByLabel("Tanggal", new Page.GetByLabelOptions().setExact(true)).fill(today);
		guru.getByLabel("Jam pelatihan (JP)").fill("3");
		guru.getByLabel("Berkas").setInputFiles(new FilePayload("catatan.png", "image/png", "bukan gambar".getBytes()));
		guru.locator("#evidence-form button[type=submit]").click();
		assertThat(guru.locator("#evidence-form .errors")).containsText("bukan PDF, JPEG atau PNG");
		guru.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portfolio-refused-360.png"))
			.setFullPage(true));

		guru.getByLabel("Berkas").setInputFiles(new FilePayload("sertifikat.png", "image/png", png()));
		guru.locator("#evidence-form button[type=submit]").click();
		assertThat(guru.locator("p.notice[role=status]")).containsText("Webinar Literasi Nasional");
		assertThat(guru.locator("#pdf-form")).containsText("bukti mandiri");

		var download = guru.waitForDownload(() -> guru.locator("#pdf").click());
		Path file = download.path();
		org.assertj.core.api.Assertions.assertThat(Files.size(file)).isLessThanOrEqualTo(10L * 1024 * 1024);
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			org.assertj.core.api.Assertions.assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
		}
		guru.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/portfolio-added-360.png"))
			.setFullPage(true));
	}

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(600, 420, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 420; y++) {
			for (int x = 0; x < 600; x++) {
				image.setRGB(x, y, 0xF0F0F0 - ((x / 20 + y / 20) % 2) * 0x202020);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
