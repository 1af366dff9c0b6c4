package id.kombel.communities.cycle;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/** Changes to an inquiry cycle; absent fields stay as they are. */
public record CycleForm(Long goalId, Phase phase,
		@Size(max = 4000, message = "{validation.too-long}") String reflectionNotes,
		@Size(max = 4000, message = "{validation.too-long}") String planningNotes,
		@Size(max = 4000, message = "{validation.too-long}") String implementationNotes,
		@Size(max = 4000, message = "{validation.too-long}") String evaluationNotes,
		@Size(max = 2000, message = "{validation.too-long}") String evidenceLinks,
		@Digits(integer = 10, fraction = 4, message = "{validation.number-size}") BigDecimal resultBefore,
		@Digits(integer = 10, fraction = 4, message = "{validation.number-size}") BigDecimal resultAfter,
		Boolean close) {
}
