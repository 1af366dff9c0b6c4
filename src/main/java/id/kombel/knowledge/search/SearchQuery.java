package id.kombel.knowledge.search;

import id.kombel.shared.validation.CommaList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * One search: words {@code q} (any affix), and filters as comma-separated lists:
 * {@code type} (practice, question, material; questions include their answers' words, and
 * {@code answer} lists answers on their own), {@code level}, {@code subject}; a
 * {@code region} code (items in it or below), a {@code community} id.
 */
public record SearchQuery(@Size(max = 200, message = "{validation.too-long}") String q,
		@Size(max = 60, message = "{validation.too-long}") String type,
		@Size(max = 60, message = "{validation.too-long}") String level,
		@Size(max = 100, message = "{validation.too-long}") String subject,
		@Size(max = 13, message = "{validation.too-long}") String region, Long community,
		@Min(value = 0, message = "{validation.min}") @Max(value = 999, message = "{validation.max}") Integer page,
		@Min(value = 1, message = "{validation.min}") @Max(value = 50, message = "{validation.max}") Integer size) {

	public static SearchQuery of(String q) {
		return new SearchQuery(q, null, null, null, null, null, null, null);
	}

	int pageOrDefault() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? 10 : size;
	}

	List<String> types() {
		return list(type).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
	}

	List<String> levels() {
		return list(level).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
	}

	List<String> subjects() {
		return list(subject).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
	}

	public boolean hasWords() {
		return q != null && !q.isBlank();
	}

	private static List<String> list(String csv) {
		return CommaList.Check.entries(csv);
	}
}
