package id.kombel.communities;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import id.kombel.shared.Level;
import id.kombel.shared.validation.ValidRegionCode;

/** What a facilitator fills in to start (or edit) a community. */
public record CommunityForm(
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 150,
				message = "{validation.length}") String name,
		@NotNull(message = "{validation.required}") CommunityKind kind,
		@NotEmpty(message = "{validation.required}") List<@NotNull Level> levels,
		@Size(max = 10,
				message = "{validation.too-many}") List<@Size(max = 25,
						message = "{validation.too-long}") String> subjects,
		@NotBlank(message = "{validation.required}") @ValidRegionCode String regionCode, Long homeSchoolId,
		@Size(max = 2000, message = "{validation.too-long}") String description,
		@Size(max = 200, message = "{validation.too-long}") String meetingNorm, JoinPolicy joinPolicy) {
}
