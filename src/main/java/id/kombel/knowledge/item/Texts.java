package id.kombel.knowledge.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Small request bodies of the knowledge API. */
public final class Texts {

	private Texts() {
	}

	public record Body(@NotBlank(message = "{validation.required}") @Size(max = 4000,
			message = "{validation.too-long}") String body) {
	}

	public record AnswerBody(@NotBlank(message = "{validation.required}") @Size(max = 10000,
			message = "{validation.too-long}") String body) {
	}

	public record TrialBody(@NotBlank(message = "{validation.required}") String outcome,
			@Size(max = 2000, message = "{validation.too-long}") String note) {
	}

	public record ReportBody(@NotBlank(message = "{validation.required}") String type, long id, String reason,
			@Size(max = 1000, message = "{validation.too-long}") String note) {
	}

	public record Note(@Size(max = 1000, message = "{validation.too-long}") String note) {
	}

	/** A missing id must be said, not read as account 0. */
	public record Editor(
			@NotNull(message = "{validation.required}") @Positive(message = "{validation.min}") Long accountId) {
	}

}
