package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import id.kombel.support.BrowserTest;

/**
 * Knowledge on a phone: a teacher shares a good practice through the form, a colleague
 * finds it by another affix of the same word, endorses it, asks a question that the
 * teacher answers and the asker accepts; a material is uploaded and downloaded.
 */
class KnowledgeBrowserTest extends BrowserTest {

	@Test
	void shareFindEndorseAskAnswerAccept() {
		String w = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		Page guru = signedIn("guru@demo.kombel.id");
		guru.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Praktik & Tanya"))
			.click();
		guru.getByText("Bagikan praktik baik").click();
		guru.getByLabel("Judul").fill("Pengajaran pecahan dengan kertas lipat " + w);
		guru.getByLabel("Masalah").fill("Murid sulit memahami **pecahan** senilai.");
		guru.getByLabel("Aksi yang dilakukan").fill("Murid melipat kertas menjadi 2, 4, dan 8 bagian.");
		guru.getByLabel("SD").check();
		guru.getByLabel("Mata pelajaran (pisahkan dengan koma)").fill("Matematika");
		guru.locator("form.stack button[type=submit]").click();
		assertThat(guru.locator("h1")).containsText("Pengajaran pecahan dengan kertas lipat");
		assertThat(guru.locator("strong", new Page.LocatorOptions().setHasText("pecahan"))).isVisible();

		Page anggota = signedIn("anggota@demo.kombel.id");
		anggota.navigate("http://localhost:" + port + "/knowledge");
		anggota.getByPlaceholder("Cari praktik baik, pertanyaan, perangkat ajar").fill("diajarkan " + w);
		anggota.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari"))
			.click();
		assertThat(anggota.locator("ol.results li")).hasCount(1);
		assertThat(anggota.locator("ol.results mark").first()).isVisible();
		anggota.locator("ol.results li a").first().click();
		anggota.getByText("Bermanfaat, saya akan mencobanya").click();
		assertThat(anggota.getByText("1 merasa terbantu")).isVisible();

		anggota.navigate("http://localhost:" + port + "/questions/new");
		anggota.getByLabel("Pertanyaan").first().fill("Bagaimana menilai pemahaman pecahan " + w + "?");
		anggota.getByLabel("Ceritakan situasinya").fill("Murid kelas 4 sering keliru membandingkan pecahan.");
		anggota.locator("form.stack button[type=submit]").click();
		String question = anggota.url();

		guru.navigate(question);
		guru.getByLabel("Jawaban Anda").fill("Gunakan garis bilangan dan minta murid menjelaskan alasannya.");
		guru.locator("#answers form.stack button[type=submit]").click();
		assertThat(guru.getByText("Gunakan garis bilangan")).isVisible();
		assertThat(guru.getByText("Tandai sebagai jawaban terpilih")).hasCount(0);

		anggota.navigate(question);
		anggota.getByText("Tandai sebagai jawaban terpilih").click();
		assertThat(anggota.getByText("Jawaban terpilih", new Page.GetByTextOptions().setExact(true))).isVisible();
	}

	/**
	 * A member asks in their community's forum from the community page; once a colleague
	 * answers and the asker accepts, the forum lists it with its answer count and
	 * accepted mark, readable on a 360 px phone without sideways scrolling.
	 */
	@Test
	void askInTheCommunityForumAndSeeItAnswered() {
		String w = "zf" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		Page anggota = signedIn("anggota@demo.kombel.id");
		anggota.navigate("http://localhost:" + port + "/communities?q=Literasi");
		anggota.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kombel Literasi SD Dairi"))
			.first()
			.click();
		anggota.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pertanyaan komunitas")).click();
		String forum = anggota.url();
		anggota.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajukan pertanyaan")).click();
		anggota.getByLabel("Pertanyaan").first().fill("Buku apa untuk membaca kelas 1 " + w + "?");
		anggota.getByLabel("Ceritakan situasinya").fill("Murid kelas 1 baru mengenal huruf.");
		anggota.locator("form.stack button[type=submit]").click();
		String question = anggota.url();

		Page guru = signedIn("guru@demo.kombel.id");
		guru.navigate(question);
		guru.getByLabel("Jawaban Anda").fill("Mulai dengan buku berjenjang A dari perpustakaan sekolah.");
		guru.locator("#answers form.stack button[type=submit]").click();
		anggota.navigate(question);
		anggota.getByText("Tandai sebagai jawaban terpilih").click();

		anggota.navigate(forum);
		Locator asked = anggota.locator("ol.forum li", new Page.LocatorOptions().setHasText(w));
		assertThat(asked).hasCount(1);
		assertThat(asked).containsText("Hotma Tiurlan Sinaga");
		assertThat(asked).containsText("1 jawaban");
		assertThat(asked.locator(".chip")).hasText("Jawaban terpilih");
		Object wide = anggota.evaluate("document.documentElement.scrollWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) wide).intValue()).isLessThanOrEqualTo(360);
		anggota.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/community-forum.png")));
		asked.locator("a").click();
		assertThat(anggota.locator("h1")).containsText(w);
	}

	@Test
	void uploadAndDownloadAMaterial() {
		Page guru = signedIn("guru@demo.kombel.id");
		guru.navigate("http://localhost:" + port + "/materials/new");
		guru.getByLabel("Berkas")
			.setInputFiles(new FilePayload("lkpd.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		guru.getByLabel("Judul").fill("LKPD pecahan senilai");
		guru.getByLabel("Jenis perangkat ajar").selectOption("LKPD");
		guru.locator("form.stack button[type=submit]").click();
		assertThat(guru.locator("h1")).containsText("LKPD pecahan senilai");
		var download = guru.waitForDownload(() -> guru.getByText("Unduh (versi 1)").click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("lkpd.pdf");
		guru.reload();
		assertThat(guru.getByText("1 kali diunduh")).isVisible();
	}

	/**
	 * A WebP from the phone's gallery goes up with the form, shows (lazily) on the page,
	 * and can be removed.
	 */
	@Test
	void shareAPracticeWithAnEvidencePhoto() throws java.io.IOException {
		byte[] webp;
		try (var in = getClass().getResourceAsStream("/photos/red-blue.webp")) {
			webp = in.readAllBytes();
		}
		Page guru = signedIn("guru@demo.kombel.id");
		guru.navigate("http://localhost:" + port + "/practices/new");
		guru.getByLabel("Judul").fill("Pojok baca dengan foto");
		guru.getByLabel("Unggah foto").setInputFiles(new FilePayload("papan.webp", "image/webp", webp));
		guru.getByLabel("Keterangan foto").fill("Papan baca kelas 2");
		guru.getByLabel("SD").check();
		guru.locator("form.stack button[type=submit]").click();
		assertThat(guru.locator("h1")).containsText("Pojok baca dengan foto");
		var photo = guru.locator("#photos img[alt='Papan baca kelas 2']");
		assertThat(photo).hasAttribute("loading", "lazy");
		photo.scrollIntoViewIfNeeded();
		guru.waitForFunction("img => img.complete && img.naturalWidth === 64", photo.elementHandle());

		guru.locator("#photos summary").click();
		guru.getByText("Hapus foto ini").click();
		assertThat(guru.locator("#photos img")).hasCount(0);
	}

}
