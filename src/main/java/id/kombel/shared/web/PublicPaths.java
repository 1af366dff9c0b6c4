package id.kombel.shared.web;

import java.util.List;

/**
 * Paths a module opens to anyone without signing in, for reading only (GET). A module
 * declares them as a bean next to its controllers, so the security configuration need not
 * know every module.
 *
 * @param pages page and file paths (Ant-style patterns, e.g. {@code /tickets/*})
 * @param api API paths under {@code /api/v1}
 */
public record PublicPaths(List<String> pages, List<String> api) {

	public static PublicPaths pages(String... patterns) {
		return new PublicPaths(List.of(patterns), List.of());
	}
}
