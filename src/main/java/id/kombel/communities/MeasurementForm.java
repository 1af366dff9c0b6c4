package id.kombel.communities;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A value of the goal's indicator measured on a day. */
public record MeasurementForm(@NotNull(message = "{validation.required}") BigDecimal value,
		@NotNull(message = "{validation.required}") LocalDate measuredOn,
		@Size(max = 500, message = "{validation.too-long}") String note) {
}
