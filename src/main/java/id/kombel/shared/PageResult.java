package id.kombel.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of results as the API and the pages show it. */
public record PageResult<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

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
