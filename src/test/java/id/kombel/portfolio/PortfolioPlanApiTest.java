package id.kombel.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Before downloading a period that holds more than 10 MB, the API says which items would
 * be left out ({@code GET /api/v1/portfolio/plan}), and the download takes the items the
 * user chose instead ({@code include}); a choice that does not fit, an unknown item or
 * another person's item is a 400 problem and no file.
 */
class PortfolioPlanApiTest extends PortfolioTestSupport {

	static final String YEAR = "?from=2022-01-01&to=2022-12-31";

	@Test
	void thePlanNamesWhatWouldBeLeftOutAndTheDownloadTakesTheChoice() throws IOException {
		String pengawas = token("pengawas@demo.kombel.id");
		// two scans of about 6 MB each: both do not fit in 10 MB
		long first = upload(pengawas, meta("Pindaian sertifikat diklat", "2022-03-01", 32), "a.pdf",
				pdfWith(noisyJpeg(11)))
			.json()
			.get("id")
			.asLong();
		long second = upload(pengawas, meta("Pindaian sertifikat seminar", "2022-04-01", 8), "b.pdf",
				pdfWith(noisyJpeg(12)))
			.json()
			.get("id")
			.asLong();
		Reply photo = upload(pengawas, meta("Foto lokakarya", "2022-05-01", 4), "c.png", png(800, 600));
		assertThat(photo.status()).as(photo.text()).isEqualTo(201);
		long third = photo.json().get("id").asLong();

		Reply plan = get(pengawas, "/api/v1/portfolio/plan" + YEAR);
		assertThat(plan.status()).as(plan.text()).isEqualTo(200);
		JsonNode p = plan.json();
		assertThat(p.get("fits").asBoolean()).isFalse();
		assertThat(p.get("limitBytes").asLong()).isEqualTo(TEN_MB);
		assertThat(p.get("leftOut").toString()).isEqualTo("[\"E" + second + "\"]");
		assertThat(item(p, "E" + first).get("included").asBoolean()).isTrue();
		assertThat(item(p, "E" + first).get("bytes").asLong()).isGreaterThan(3_000_000);
		assertThat(item(p, "E" + third).get("kind").asString()).isEqualTo("PHOTO");
		assertThat(item(p, "E" + third).get("included").asBoolean()).as("the photo is made small enough").isTrue();
		// the same download without a choice leaves out what the plan said
		Reply planned = get(pengawas, "/api/v1/portfolio.pdf" + YEAR);
		assertThat(planned.status()).isEqualTo(200);
		assertThat(planned.headers().firstValue("X-Portfolio-Left-Out").orElse("")).isEqualTo("E" + second);

		// the user prefers the second scan to the first
		String choice = "&include=E" + second + ",E" + third;
		Reply checked = get(pengawas, "/api/v1/portfolio/plan" + YEAR + choice);
		assertThat(checked.json().get("fits").asBoolean()).isTrue();
		assertThat(item(checked.json(), "E" + first).get("chosen").asBoolean()).isFalse();
		Reply pdf = get(pengawas, "/api/v1/portfolio.pdf" + YEAR + choice);
		assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.body().length).isLessThanOrEqualTo((int) TEN_MB);
		assertThat(pages(pdf.body())).isEqualTo(1 + 2);
		assertThat(pdf.headers().firstValue("X-Portfolio-Left-Out").orElse("")).isEqualTo("E" + first);
		assertThat(firstPageText(pdf.body())).contains("Pindaian sertifikat diklat");

		// both scans: refused before anything is made
		Reply both = get(pengawas, "/api/v1/portfolio.pdf" + YEAR + "&include=E" + first + "&include=E" + second);
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.contentType()).startsWith("application/problem+json");
		assertThat(both.text()).contains("tidak muat dalam 10 MB").contains("E" + second);
	}

	@Test
	void unknownItemsAndAnotherPersonsItemsAreRefused() throws IOException {
		String guru = token("guru@demo.kombel.id");
		long guruItem = upload(guru, meta("Bukti guru", "2022-06-01", 2), "g.png", png(200, 100)).json()
			.get("id")
			.asLong();
		String kepsek = token("kepsek@demo.kombel.id");
		for (String bad : new String[] { "&include=E99999999", "&include=E" + guruItem, "&include=KB-TIDAKADA",
				"&exclude=E" + guruItem }) {
			Reply pdf = get(kepsek, "/api/v1/portfolio.pdf" + YEAR + bad);
			assertThat(pdf.status()).as(bad).isEqualTo(400);
			assertThat(pdf.contentType()).startsWith("application/problem+json");
			assertThat(pdf.text()).contains("tidak ada dalam portofolio Anda");
			assertThat(get(kepsek, "/api/v1/portfolio/plan" + YEAR + bad).status()).as(bad).isEqualTo(400);
		}
		// the owner may choose it
		assertThat(get(guru, "/api/v1/portfolio.pdf" + YEAR + "&include=E" + guruItem).status()).isEqualTo(200);
		assertThat(get(null, "/api/v1/portfolio/plan" + YEAR).status()).isEqualTo(401);
	}

	static JsonNode item(JsonNode plan, String id) {
		for (JsonNode i : plan.get("items")) {
			if (i.get("id").asString().equals(id)) {
				return i;
			}
		}
		throw new AssertionError(id + " not in " + plan);
	}

}
