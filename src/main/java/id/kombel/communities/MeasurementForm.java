package id.kombel.communities;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A value of the goal's indicator measured on a day. */
public record MeasurementForm(
		@NotNull(message = "{validation.required}") @Digits(integer = 10, fraction = 4,
				message = "{validation.number-size}") BigDecimal value,
		@NotNull(message = "{validation.required}") LocalDate measuredOn,
		@Size(max = 500, message = "{validation.too-long}") String note) {
}
