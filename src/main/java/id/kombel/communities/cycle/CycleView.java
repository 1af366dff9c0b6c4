package id.kombel.communities.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An inquiry cycle: where it stands, its notes per phase, and student results before and
 * after.
 */
public record CycleView(long id, long communityId, int number, Long goalId, Phase phase, LocalDate startedOn,
		String reflectionNotes, String planningNotes, String implementationNotes, String evaluationNotes,
		BigDecimal resultBefore, BigDecimal resultAfter, String evidenceLinks, LocalDate closedOn) {
}
