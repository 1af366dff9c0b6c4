package id.kombel.knowledge.search;

import java.util.List;

/**
 * A page of search results. {@code snippet} is HTML-escaped text in which the matched
 * words are wrapped in {@code <mark>} (likewise {@code titleHtml}); {@code url} is the
 * item's page. {@code total} is exact up to 1,000 matches; beyond, {@code totalExact} is
 * false and {@code total} a lower bound (as web search engines say "more than").
 */
public record SearchResults(long total, boolean totalExact, int page, int size, List<Hit> results, long tookMs) {

	public record Hit(String type, long id, String title, String snippet, String titleHtml, String url) {
	}

	public int totalPages() {
		return (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
