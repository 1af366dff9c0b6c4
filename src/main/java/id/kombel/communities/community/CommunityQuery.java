package id.kombel.communities.community;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import id.kombel.shared.Level;
import id.kombel.shared.validation.ValidRegionCode;
import id.kombel.communities.CommunityKind;

/** Filters of the community list. */
public record CommunityQuery(@ValidRegionCode String region,
		@Pattern(regexp = "PAUD|TK|SD|SMP|SMA|SMK|SLB", message = "{validation.level}") String level,
		@Pattern(regexp = "SCHOOL|INTER_SCHOOL|ONLINE", message = "{validation.kind}") String kind, String subject,
		String q, Long school, @Min(value = 0, message = "{validation.min}") Integer page,
		@Min(value = 1, message = "{validation.min}") @Max(value = 100, message = "{validation.max}") Integer size) {

	/** The same filters with every empty text as "any" (null). */
	public CommunityQuery blanksAsAny() {
		return new CommunityQuery(any(region), any(level), any(kind), any(subject), any(q), school, page, size);
	}

	private static String any(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Level levelFilter() {
		return level == null || level.isBlank() ? null : Level.valueOf(level);
	}

	public CommunityKind kindFilter() {
		return kind == null || kind.isBlank() ? null : CommunityKind.valueOf(kind);
	}

	/** Whether the list is searched by a part of the name. */
	public boolean searchesName() {
		return q != null && !q.isBlank();
	}

	public int pageOrDefault() {
		return page == null ? 0 : page;
	}

	public int sizeOrDefault() {
		return size == null ? 20 : size;
	}
}
