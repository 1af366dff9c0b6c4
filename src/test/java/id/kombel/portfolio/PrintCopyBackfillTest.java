package id.kombel.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.portfolio.evidence.EvidenceStore;
import id.kombel.portfolio.evidence.PrintCopyBackfill;
import id.kombel.shared.files.FileStore;

/**
 * Photos uploaded before uploads made print copies get them from the background job, a
 * few a run: afterwards each has its copies in the file store as its row lists them, the
 * merged PDF of them opens in PDFBox and stays within 10 MB, and a photo whose file is
 * gone is marked and not tried again.
 */
class PrintCopyBackfillTest extends PortfolioTestSupport {

	@Autowired
	PrintCopyBackfill backfill;

	@Autowired
	FileStore files;

	@Autowired
	EvidenceStore evidence;

	@Autowired
	JdbcClient jdbc;

	@Test
	void photosWithoutCopiesGetThemAndTheirPdfStaysWithinTenMegabytes() throws IOException {
		String token = token("kepsek@demo.kombel.id");
		long account = JSON.readTree(get(token, "/api/v1/tokens/current").text()).get("accountId").asLong();
		// as uploads were before V1020: the original only, no copies listed
		List<Long> old = new ArrayList<>();
		long originals = 0;
		for (int i = 0; i < 3; i++) {
			byte[] photo = noisyJpeg(500 + i);
			originals += photo.length;
			old.add(oldUpload(account, "Foto sertifikat lama " + i, LocalDate.of(2019, 6, 1 + i), photo));
		}
		assertThat(originals).as("the originals alone exceed the limit").isGreaterThan(TEN_MB);
		long gone = oldUpload(account, "Foto yang hilang", LocalDate.of(2019, 8, 1), null);
		assertThat(copiesOf(old.get(0))).isNull();

		for (int run = 0; run < 10 && old.stream().anyMatch(id -> copiesOf(id) == null); run++) {
			// a run another node (or the schedule) holds is skipped: try again
			backfill.run();
		}

		for (long id : old) {
			EvidenceStore.StoredEvidence e = evidence.find(account, id).orElseThrow();
			assertThat(e.copies()).as("copies of " + id).hasSizeGreaterThan(1);
			assertThat(e.copies().get(0).edge()).isEqualTo(2200);
			for (EvidenceStore.Copy c : e.copies()) {
				assertThat(evidence.copy(e, c.edge())).hasSize((int) c.bytes());
			}
		}
		for (int run = 0; run < 10 && copiesOf(gone) == null; run++) {
			backfill.run();
		}
		assertThat(copiesOf(gone)).as("a missing file is marked, not tried on every run").isEmpty();

		Reply pdf = get(token, "/api/v1/portfolio.pdf?from=2019-06-01&to=2019-06-30");
		assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat((long) pdf.body().length).isLessThanOrEqualTo(TEN_MB);
		assertThat(pages(pdf.body())).as("the cover and the three photos").isEqualTo(4);
		assertThat(pdf.headers().firstValue(id.kombel.portfolio.pdf.PortfolioFiles.LEFT_OUT).orElse("")).isEmpty();
	}

	private long oldUpload(long account, String title, LocalDate day, byte[] photo) {
		String key = "portfolio/" + account + "/" + UUID.randomUUID();
		if (photo != null) {
			files.put(key, photo, "image/jpeg");
		}
		return jdbc.sql("""
				insert into portfolio_evidence (account_id, title, organiser, held_on, hours, file_key, content_type,
				size_bytes, created_at) values (:acc, :title, 'PGRI Dairi', :day, 2, :key, 'image/jpeg', :size, :at)
				returning id""")
			.param("acc", account)
			.param("title", title)
			.param("day", Date.valueOf(day))
			.param("key", key)
			.param("size", photo == null ? 1000L : (long) photo.length)
			.param("at", Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
	}

	private String copiesOf(long id) {
		return jdbc.sql("select print_copies from portfolio_evidence where id = :id")
			.param("id", id)
			.query(String.class)
			.list()
			.get(0);
	}

}
