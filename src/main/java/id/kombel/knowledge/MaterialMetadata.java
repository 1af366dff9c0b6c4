package id.kombel.knowledge;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.kombel.shared.Level;

/** The {@code metadata} part of a material upload. */
public record MaterialMetadata(
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 200,
				message = "{validation.length}") String title,
		@Size(max = 10000, message = "{validation.too-long}") String description, MaterialKind kind,
		@Size(max = 200, message = "{validation.too-long}") String topic,
		@Size(max = 10,
				message = "{validation.too-many}") List<@NotNull @Size(max = 25,
						message = "{validation.too-long}") String> tags,
		@Size(max = 7, message = "{validation.too-many}") List<@NotNull Level> levels,
		@Size(max = 10,
				message = "{validation.too-many}") List<@NotNull @Size(max = 25,
						message = "{validation.too-long}") String> subjects,
		Visibility visibility, @Size(max = 13, message = "{validation.too-long}") String regionCode, Long communityId,
		Long activityId, @Size(max = 500, message = "{validation.too-long}") String note) {
}
