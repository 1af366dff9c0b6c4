package id.kombel.programmes.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import id.kombel.programmes.ProgrammeForm;
import id.kombel.programmes.ProgrammeKind;

/**
 * The new-programme form of the programmes page: a {@link ProgrammeForm} with the agenda
 * as typed text.
 */
record NewProgramme(
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
		String agenda) {

	/**
	 * The programme to create; the agenda's lines read as sessions (InvalidInputException
	 * for a line it cannot read).
	 */
	ProgrammeForm toProgrammeForm() {
		return new ProgrammeForm(title, kind, provinceCode, targetParticipants, hours, minSessions,
				AgendaText.parse(agenda));
	}
}
