package id.kombel.monitoring.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.kombel.shared.Level;

/**
 * The inquiry-cycle compliance of an area or a school for a period, in place of the form
 * principals filled by hand: one row per community and cycle (a community that ran none
 * has one row without a cycle).
 *
 * @param school the school asked for, or null for a region
 * @param semester the semester's code ({@code 2026-1}) or null for a free period
 */
public record ComplianceReport(Place region, SchoolRef school, LocalDate from, LocalDate to, String semester,
		Totals totals, List<Row> rows) {

	/** A region as the summary API names it. */
	public record Place(String code, String name, String level) {
	}

	public record SchoolRef(long id, String npsn, String name) {
	}

	/**
	 * @param communities communities covered
	 * @param withCycle of them, those with a cycle in the period
	 * @param completed cycles closed within the period
	 * @param withEvidence cycles with an evidence file or link
	 * @param withResults cycles with both a before and an after result
	 */
	public record Totals(int communities, int withCycle, int completed, int withEvidence, int withResults) {
	}

	/**
	 * @param phases the four phases in order; empty without a cycle
	 * @param change after minus before, when both are known
	 */
	public record Row(Long schoolId, String npsn, String schoolName, long communityId, String communityName,
			String kind, List<Level> levels, Integer cycleNumber, String currentPhase, LocalDate startedOn,
			List<PhaseStep> phases, LocalDate closedOn, BigDecimal resultBefore, BigDecimal resultAfter,
			BigDecimal change, Evidence evidence, GoalRef goal) {

		boolean hasEvidence() {
			return evidence != null && (evidence.fileName() != null || !evidence.links().isEmpty());
		}

	}

	/**
	 * One phase of a cycle: the day it was reached, and whether (and when) it was done,
	 * i.e. the cycle moved past it. Days are null where not reached or not recorded.
	 */
	public record PhaseStep(String phase, LocalDate startedOn, boolean done, LocalDate doneOn) {
	}

	/** The evidence file (downloadable by those who may see the community) and links. */
	public record Evidence(String fileName, String url, List<String> links) {
	}

	public record GoalRef(long id, String purpose, String indicator, String unit, BigDecimal baseline,
			BigDecimal target) {
	}

}
