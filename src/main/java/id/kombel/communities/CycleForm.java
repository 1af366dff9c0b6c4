package id.kombel.communities;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

/** Changes to an inquiry cycle; absent fields stay as they are. */
public record CycleForm(Long goalId, Phase phase,
		@Size(max = 4000, message = "{validation.too-long}") String reflectionNotes,
		@Size(max = 4000, message = "{validation.too-long}") String planningNotes,
		@Size(max = 4000, message = "{validation.too-long}") String implementationNotes,
		@Size(max = 4000, message = "{validation.too-long}") String evaluationNotes,
		@Size(max = 2000, message = "{validation.too-long}") String evidenceLinks, BigDecimal resultBefore,
		BigDecimal resultAfter, Boolean close) {
}
