package id.kombel.communities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import id.kombel.shared.Level;
import id.kombel.shared.validation.ValidRegionCode;

/** Filters of the community list. */
public record CommunityQuery(@ValidRegionCode String region,
		@Pattern(regexp = "PAUD|TK|SD|SMP|SMA|SMK|SLB", message = "{validation.level}") String level,
		@Pattern(regexp = "SCHOOL|INTER_SCHOOL|ONLINE", message = "{validation.kind}") String kind, String subject,
		String q, Long school, @Min(value = 0, message = "{validation.min}") Integer page,
		@Min(value = 1, message = "{validation.min}") @Max(value = 100, message = "{validation.max}") Integer size) {

	Level levelFilter() {
		return level == null || level.isBlank() ? null : Level.valueOf(level);
	}

	CommunityKind kindFilter() {
		return kind == null || kind.isBlank() ? null : CommunityKind.valueOf(kind);
	}

	int pageOrDefault() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? 20 : size;
	}
}
