package id.kombel.activities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import id.kombel.activities.activity.Times;

/**
 * An activity to schedule. Times are ISO-8601, with an offset
 * ({@code 2026-12-01T14:00:00+07:00}) or without one (then the community's clock: WIB,
 * WITA or WIT by its region).
 */
public record ActivityForm(
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 200,
				message = "{validation.length}") String title,
		@NotNull(message = "{validation.required}") ActivityRole role,
		@NotNull(message = "{validation.required}") ActivityMode mode,
		@NotBlank(message = "{validation.required}") String startsAt,
		@NotBlank(message = "{validation.required}") String endsAt,
		@Size(max = 500, message = "{validation.too-long}") @Pattern(regexp = "^$|https?://\\S+",
				message = "{validation.url}") String meetingLink,
		@Size(max = 300, message = "{validation.too-long}") String venue,
		@Size(max = 4000, message = "{validation.too-long}") String agenda) {
}
