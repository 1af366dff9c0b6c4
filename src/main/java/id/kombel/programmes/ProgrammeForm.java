package id.kombel.programmes;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A programme to create. Sessions are the common agenda and the check-in points; without
 * any, a morning and an afternoon session are planned. {@code minSessions}: sessions
 * attended for a certificate (default: all).
 */
public record ProgrammeForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String title,
		@NotNull(message = "{validation.required}") ProgrammeKind kind,
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "\\d{2}",
				message = "{events.province-code}") String provinceCode,
		@Min(value = 0, message = "{events.positive}") @Max(value = 1_000_000,
				message = "{events.too-large}") Integer targetParticipants,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{events.positive}") @Max(value = 200,
				message = "{events.too-large}") Integer hours,
		@Min(value = 1, message = "{events.positive}") @Max(value = 20,
				message = "{events.too-large}") Integer minSessions,
		@Valid @Size(max = 20, message = "{validation.too-long}") List<SessionForm> sessions) {

	/**
	 * One session of the agenda: a short code to check in by (PAGI, SIANG), its times and
	 * topic, and its day (1 = the event's date, 2 the day after; none means 1).
	 */
	public record SessionForm(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9_-]{1,20}",
					message = "{events.session-code}") String code,
			@NotNull(message = "{validation.required}") LocalTime startsAt,
			@NotNull(message = "{validation.required}") LocalTime endsAt,
			@NotBlank(message = "{validation.required}") @Size(max = 300,
					message = "{validation.too-long}") String topic,
			@Min(value = 1, message = "{events.positive}") @Max(value = 14,
					message = "{events.too-large}") Integer day) {

		/** Day 1 when none was given. */
		public int dayOrFirst() {
			return day == null ? 1 : day;
		}
	}
}
