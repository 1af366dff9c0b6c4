package id.kombel.portfolio.evidence;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What the educator says about evidence from elsewhere: self-declared. */
public record EvidenceMetadata(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String organiser,
		@NotNull @PastOrPresent LocalDate date, @NotNull @Min(0) @Max(1000) Integer hours) {
}
