package id.kombel.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import id.kombel.support.BrowserTest;

/**
 * The main path of a community, on a phone: a teacher starts a community from the starter
 * path and schedules its first activity from a ready-made plan; a member joins and checks
 * in with the code the facilitator shows.
 */
class CommunityBrowserTest extends BrowserTest {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Test
	void aTeacherStartsACommunityAndSchedulesItsFirstActivityAndAMemberChecksIn() {
		String name = "Kombel Asesmen " + UUID.randomUUID().toString().substring(0, 6);
		Page guru = signedIn("guru@demo.kombel.id");
		guru.navigate("http://localhost:" + port + "/communities/new");
		guru.getByLabel("Nama komunitas").fill(name);
		guru.locator("input[name=levels][value=SD]").check();
		guru.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Buat komunitas")).click();

		// the starter path: a checklist for the first stage and ready-made plans
		assertThat(guru.locator("h1")).containsText("Mulai di sini");
		String communityUrl = guru.url().replaceFirst("/start.*", "");
		guru.locator("ul.list li button").first().click();
		assertThat(guru.locator("ul.list li button").first()).hasText("☑");
		guru.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pakai rencana ini")).first().click();

		// the plan fills the form; the facilitator only moves it to now
		assertThat(guru.locator("#title")).not().hasValue("");
		assertThat(guru.locator("#agenda")).not().hasValue("");
		LocalDateTime now = LocalDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MINUTES);
		guru.locator("#startsAt").fill(LOCAL.format(now.minusMinutes(5)));
		guru.locator("#endsAt").fill(LOCAL.format(now.plusMinutes(85)));
		guru.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simpan kegiatan")).click();
		assertThat(guru.locator(".checkin-code .code")).hasText(java.util.regex.Pattern.compile("\\d{6}"));
		String code = guru.locator(".checkin-code .code").textContent().strip();
		String activityUrl = guru.url();
		assertThat(guru.locator("a[href^='https://wa.me/']")).isVisible();

		Page anggota = signedIn("anggota@demo.kombel.id");
		anggota.navigate("http://localhost:" + port + "/communities?q=" + name.replace(" ", "+"));
		anggota.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
		anggota.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gabung")).click();
		anggota.navigate(activityUrl);
		anggota.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Presensi").setExact(true)).click();
		anggota.locator("#code").fill(code);
		anggota.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saya hadir")).click();
		assertThat(anggota.locator("[role=status]")).containsText("Presensi tercatat");
		assertThat(anggota.locator(".checkin-code")).hasCount(0);

		guru.reload();
		assertThat(guru.locator("main")).containsText("Hotma Tiurlan Sinaga");
		assertThat(guru.locator("main")).containsText("hadir 1");

		// the facilitator's community page, read again (its body is kept, with a hole
		// for each form's CSRF token): a form on it still saves
		guru.navigate(communityUrl);
		guru.reload();
		guru.getByLabel("JP per kegiatan").fill("4");
		guru.locator("#certificate-hours")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Simpan"))
			.click();
		assertThat(guru.getByLabel("JP per kegiatan")).hasValue("4");
		guru.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(java.nio.file.Path.of("target/screenshots/community-facilitator-hours.png")));
	}

	@Test
	void aWrongCodeIsExplainedInIndonesian() {
		Page anggota = signedIn("anggota@demo.kombel.id");
		anggota.navigate("http://localhost:" + port + "/communities?q=Literasi");
		anggota.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kombel Literasi SD Dairi"))
			.first()
			.click();
		anggota.locator("#upcoming a").first().click();
		anggota.navigate(anggota.url() + "/check-in");
		anggota.locator("#code").fill("000000");
		anggota.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Saya hadir")).click();
		assertThat(anggota.locator("[role=alert]")).isVisible();
		assertThat(anggota.url()).endsWith("/check-in");
	}

	@Test
	void filtersLeftOnSemuaMeanAnyAndAProvinceOffersItsRegencies() {
		Page anggota = signedIn("anggota@demo.kombel.id");
		anggota.navigate("http://localhost:" + port + "/communities");
		anggota.locator("#community-filters input[name=q]").fill("Literasi");
		anggota.locator("#community-filters select[name=level]").selectOption("SD");
		anggota.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari")).click();
		// region and kind were left on "Semua" and arrive empty: any, not a reason to
		// drop the rest
		assertThat(anggota.url()).contains("region=").contains("kind=");
		assertThat(anggota.locator("#community-filters input[name=q]")).hasValue("Literasi");
		assertThat(anggota.locator("#community-filters select[name=level]")).hasValue("SD");
		assertThat(anggota.locator("main")).containsText("Kombel Literasi SD Dairi");
		assertThat(anggota.locator("main")).not().containsText("Kombel Numerasi Antar Sekolah Dairi");

		// choosing the province brings its regencies into the same list
		anggota.locator("#community-filters select[name=region]").selectOption("12");
		assertThat(anggota.locator("#community-filters select[name=region] option[value='12.11']")).hasCount(1);
		anggota.locator("#community-filters select[name=region]").selectOption("12.11");
		assertThat(anggota.locator("#community-filters select[name=region]")).hasValue("12.11");
		assertThat(anggota.locator("main")).containsText("Kombel Literasi SD Dairi");

		// a filter that cannot be used is said
		anggota.navigate("http://localhost:" + port + "/communities?level=XX");
		assertThat(anggota.locator("[role=alert]")).containsText("Jenjang harus salah satu");
	}

	@Test
	void closingBeforeTheStartIsExplainedOnTheActivityPage() {
		id.kombel.support.Api api = api().as("guru@demo.kombel.id");
		long community = api
			.post("/api/v1/communities",
					"{\"name\":\"Kombel Tutup " + UUID.randomUUID().toString().substring(0, 6)
							+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}")
			.json()
			.get("id")
			.asLong();
		java.time.OffsetDateTime start = java.time.OffsetDateTime.now(ZoneOffset.ofHours(7))
			.plusDays(2)
			.truncatedTo(ChronoUnit.MINUTES);
		long activity = api
			.post("/api/v1/communities/" + community + "/activities",
					"{\"title\":\"Belum mulai\",\"role\":\"LEARNING\",\"mode\":\"OFFLINE\",\"venue\":\"Ruang guru\","
							+ "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(1) + "\"}")
			.json()
			.get("id")
			.asLong();
		Page guru = signedIn("guru@demo.kombel.id");
		guru.navigate("http://localhost:" + port + "/activities/" + activity);
		guru.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tutup kegiatan dan terbitkan sertifikat"))
			.click();
		assertThat(guru.locator("h1")).hasText("Belum mulai");
		assertThat(guru.locator("[role=alert]")).containsText("Kegiatan belum dimulai, belum bisa ditutup.");
		guru.screenshot(new Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target/screenshots/activity-close-too-early.png")));
	}

}
