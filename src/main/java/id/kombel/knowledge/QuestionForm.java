package id.kombel.knowledge;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.kombel.shared.Level;
import id.kombel.knowledge.question.QuestionKind;

/**
 * A question (or an implementation challenge) as its asker writes it; visibility defaults
 * to PUBLIC.
 */
public record QuestionForm(
		@NotBlank(message = "{validation.required}") @Size(min = 5, max = 200,
				message = "{validation.length}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 10000, message = "{validation.too-long}") String body,
		QuestionKind kind, @Size(max = 7, message = "{validation.too-many}") List<@NotNull Level> levels,
		@Size(max = 10,
				message = "{validation.too-many}") List<@NotNull @Size(max = 25,
						message = "{validation.too-long}") String> subjects,
		Visibility visibility, @Size(max = 13, message = "{validation.too-long}") String regionCode, Long communityId,
		Long activityId) {
}
