package id.kombel.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * A page of results as the API and the pages show it. {@code totalExact} false: there are
 * more than {@code totalElements} (a list that counts only so far, such as the
 * communities'), and {@code totalPages} reaches one page past the counted ones.
 */
public record PageResult<T>(List<T> content, int page, int size, long totalElements, int totalPages,
		boolean totalExact) {

	public PageResult(List<T> content, int page, int size, long totalElements, int totalPages) {
		this(content, page, size, totalElements, totalPages, true);
	}

	public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages;
	}
}
