package id.kombel.activities.challenge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A challenge to bring to the community. */
public record ChallengeForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String title,
		@Size(max = 2000, message = "{validation.too-long}") String description) {
}
