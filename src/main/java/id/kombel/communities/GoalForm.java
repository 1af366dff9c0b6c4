package id.kombel.communities;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A goal: the purpose it serves, a student-outcome indicator (a Rapor Pendidikan code
 * such as A.1, A.2, A.3, D.1, or a custom one), a unit, a baseline, a target and a
 * deadline.
 */
public record GoalForm(@NotNull(message = "{validation.required}") Purpose purpose,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.too-long}") String indicator,
		@Size(max = 1000, message = "{validation.too-long}") String description,
		@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.too-long}") String unit,
		@NotNull(message = "{validation.required}") @Digits(integer = 10, fraction = 4,
				message = "{validation.number-size}") BigDecimal baseline,
		@NotNull(message = "{validation.required}") @Digits(integer = 10, fraction = 4,
				message = "{validation.number-size}") BigDecimal target,
		@NotNull(message = "{validation.required}") LocalDate dueDate) {
}
