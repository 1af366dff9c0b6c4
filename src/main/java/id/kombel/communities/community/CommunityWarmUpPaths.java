package id.kombel.communities.community;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.shared.warmup.WarmUpPaths;

/**
 * What the warm-up reads of this module: the pages and API answers of the communities
 * most recently active (whose members come first on a Monday morning), and the list
 * filtered as people filter it (a regency and a level, a province, a name), so the page,
 * the list and their queries are compiled before the node is ready. All GET, none writes.
 */
@Component
class CommunityWarmUpPaths implements WarmUpPaths {

	private record Recent(long id, String name, String levels, String provinceCode, String regencyCode) {
	}

	private final JdbcClient jdbc;

	CommunityWarmUpPaths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> signedIn(int max) {
		// per community a page and its JSON, and a list every third one
		List<Recent> recent = jdbc
			.sql("select id, name, levels, province_code, regency_code from community"
					+ " order by last_activity_at desc nulls last, id")
			.withMaxRows(Math.max(1, max * 3 / 7))
			.query(Recent.class)
			.list();
		List<String> paths = new ArrayList<>(List.of("/communities", "/api/v1/communities"));
		for (int i = 0; i < recent.size(); i++) {
			Recent c = recent.get(i);
			paths.add("/communities/" + c.id());
			paths.add("/api/v1/communities/" + c.id());
			if (i % 3 == 0) {
				paths.add(list(c, i / 3));
			}
		}
		return paths.subList(0, Math.min(max, paths.size()));
	}

	private static String list(Recent c, int n) {
		// levels are kept as ",SD,SMP,"
		String levels = c.levels().replaceFirst("^,", "");
		String level = levels.indexOf(',') >= 0 ? levels.substring(0, levels.indexOf(',')) : levels;
		return switch (n % 3) {
			case 0 -> c.regencyCode() == null || level.isEmpty() ? "/communities?region=" + c.provinceCode()
					: "/communities?region=" + c.regencyCode() + "&level=" + level;
			case 1 -> "/communities?region=" + c.provinceCode();
			default -> "/communities?q=" + URLEncoder.encode(firstWords(c.name()), StandardCharsets.UTF_8);
		};
	}

	/** What someone types of a name: its first two words. */
	private static String firstWords(String name) {
		String[] words = name.strip().split("\\s+");
		return words.length > 1 ? words[0] + " " + words[1] : words[0];
	}

}
