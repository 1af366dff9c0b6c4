package id.kombel.portfolio.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.kombel.portfolio.record.PortfolioRecord;

/** What fits in the merged PDF, decided before it is made. */
class PlanTest {

	static final long MB = 1024 * 1024;

	static PortfolioRecord record(int certificates, List<PortfolioRecord.Evidence> evidence) {
		List<PortfolioRecord.Certificate> list = new ArrayList<>();
		for (int i = 0; i < certificates; i++) {
			list.add(new PortfolioRecord.Certificate("KB-" + i, "Kegiatan " + i, "Kombel", null,
					LocalDate.of(2026, 1, 1).plusDays(i), LocalDate.of(2026, 1, 1).plusDays(i), 2, "u", false,
					"ACTIVITY"));
		}
		return new PortfolioRecord(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), list, evidence, null, List.of());
	}

	static PortfolioRecord.Evidence evidence(long id, String type, long bytes) {
		return new PortfolioRecord.Evidence(id, "Bukti " + id, "PGRI", LocalDate.of(2026, 2, 1).plusDays(id), 1, type,
				bytes, true, "u");
	}

	@Test
	void everythingFitsWhenItIsSmall() {
		Plan plan = Plan.of(record(60, List.of(evidence(1, "image/jpeg", 5 * MB), evidence(2, "application/pdf", MB))),
				null, 10 * MB);
		assertThat(plan.fits()).isTrue();
		assertThat(plan.included()).hasSize(62);
		assertThat(plan.plannedBytes()).isLessThanOrEqualTo(10 * MB);
	}

	@Test
	void pdfsThatWouldLeaveNoRoomForThePhotosAreLeftOutInDateOrder() {
		// 6 + 3 MB of PDFs and 20 photos, each needing 120 KB at least: the second PDF
		// does not fit beside them
		List<PortfolioRecord.Evidence> items = new ArrayList<>();
		items.add(evidence(1, "application/pdf", 6 * MB));
		items.add(evidence(2, "application/pdf", 3 * MB));
		for (long id = 3; id < 23; id++) {
			items.add(evidence(id, "image/jpeg", 4 * MB));
		}
		Plan plan = Plan.of(record(10, items), null, 10 * MB);
		assertThat(plan.leftOut()).extracting(Plan.Item::id).containsExactly("E2");
		assertThat(plan.plannedBytes()).isLessThanOrEqualTo(10 * MB);
		// the user prefers the second: then it fits, and the first is not chosen
		Set<String> choice = new java.util.HashSet<>(plan.included());
		choice.remove("E1");
		choice.add("E2");
		Plan chosen = Plan.of(record(10, items), choice, 10 * MB);
		assertThat(chosen.fits()).isTrue();
		assertThat(chosen.included()).contains("E2").doesNotContain("E1");
	}

	@Test
	void photosBeyondTheirSmallestPagesAreLeftOutLast() {
		List<PortfolioRecord.Evidence> items = new ArrayList<>();
		for (long id = 1; id <= 100; id++) {
			items.add(evidence(id, "image/jpeg", 4 * MB));
		}
		Plan plan = Plan.of(record(0, items), null, 10 * MB);
		// (10 MB − 200 KB) / 120 KB = 83 photos
		assertThat(plan.included()).hasSize(83).contains("E1", "E83").doesNotContain("E84");
		assertThat(plan.leftOut()).hasSize(17);
	}

}
