package id.kombel.portfolio.evidence;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the educator says about evidence from elsewhere: self-declared. The date may not
 * be after today in Indonesia ({@link EvidenceStore} checks it against the latest clock,
 * WIT, not the server's zone).
 */
public record EvidenceMetadata(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String organiser,
		@NotNull LocalDate date, @NotNull @Min(0) @Max(1000) Integer hours) {
}
