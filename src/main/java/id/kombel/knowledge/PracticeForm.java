package id.kombel.knowledge;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.kombel.shared.Level;
import id.kombel.knowledge.item.Markdown;

/**
 * A good practice as its author writes it. Text fields may use the small Markdown subset.
 * {@code visibility} defaults to PUBLIC; {@code draft} keeps it unpublished.
 */
public record PracticeForm(
		@NotBlank(message = "{validation.required}") @Size(min = 5, max = 200,
				message = "{validation.length}") String title,
		@Size(max = 10000, message = "{validation.too-long}") String context,
		@Size(max = 10000, message = "{validation.too-long}") String problem,
		@Size(max = 10000, message = "{validation.too-long}") String action,
		@Size(max = 10000, message = "{validation.too-long}") String evidence,
		@Size(max = 10000, message = "{validation.too-long}") String result,
		@Size(max = 10000, message = "{validation.too-long}") String reflection,
		@Size(max = 200, message = "{validation.too-long}") String topic,
		@Size(max = 10,
				message = "{validation.too-many}") List<@NotNull @Size(max = 25,
						message = "{validation.too-long}") String> tags,
		@Size(max = 7, message = "{validation.too-many}") List<@NotNull Level> levels,
		@Size(max = 10,
				message = "{validation.too-many}") List<@NotNull @Size(max = 25,
						message = "{validation.too-long}") String> subjects,
		Visibility visibility, @Size(max = 13, message = "{validation.too-long}") String regionCode, Long communityId,
		Long activityId, Boolean draft) {

	boolean isDraft() {
		return Boolean.TRUE.equals(draft);
	}
}
