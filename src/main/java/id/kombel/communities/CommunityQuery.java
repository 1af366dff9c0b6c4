package id.kombel.communities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import id.kombel.shared.Level;
import id.kombel.shared.validation.ValidRegionCode;

/** Filters of the community list. */
public record CommunityQuery(@ValidRegionCode String region,
		@Pattern(regexp = "PAUD|TK|SD|SMP|SMA|SMK|SLB", message = "{validation.level}") String levelCode,
		@Pattern(regexp = "SCHOOL|INTER_SCHOOL|ONLINE", message = "{validation.kind}") String kindCode, String subject,
		String q, Long school, @Min(value = 0, message = "{validation.min}") Integer page,
		@Min(value = 1, message = "{validation.min}") @Max(value = 100, message = "{validation.max}") Integer size) {

	public Level level() {
		return levelCode == null || levelCode.isBlank() ? null : Level.valueOf(levelCode);
	}

	public CommunityKind kind() {
		return kindCode == null || kindCode.isBlank() ? null : CommunityKind.valueOf(kindCode);
	}

	int pageOrDefault() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? 20 : size;
	}
}
