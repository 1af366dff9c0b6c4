package id.kombel.programmes.programme;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What programme staff adjust on one local event. */
record EventForm(@NotNull(message = "{validation.required}") LocalDate date,
		@Size(max = 300, message = "{validation.too-long}") String venue,
		@Min(value = 0, message = "{events.positive}") @Max(value = 100_000,
				message = "{events.too-large}") Integer capacity,
		@Size(max = 200, message = "{validation.too-long}") String openingOfficial) {
}
