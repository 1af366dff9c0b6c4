package id.kombel.communities.community;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The three-letter pieces of every community's name (V1194), kept with the list's order,
 * so that a name search walks the communities of its text's rarest piece in that order
 * and stops once a page is full (issue 17). Written again whenever a community is
 * (CommunityChanges).
 */
@Component
public class NameTrigrams {

	/**
	 * A piece held by more communities than this is not worth walking: the text's other
	 * pieces narrow it better, which the trigram index does.
	 */
	static final int WALKED = 20_000;

	/**
	 * Writes the pieces of the communities the statement's end selects (none: every one),
	 * for loaders that write communities in bulk (the benchmarks' datasets).
	 */
	public static final String FILL = """
			insert into community_name_trigram (trigram, community_id, last_activity_at, name, province_code)
			select distinct substr(lower(c.name), p.x, 3), c.id, c.last_activity_at, c.name, c.province_code
			from community c join name_position p on p.x <= char_length(c.name) - 2""";

	private final JdbcTemplate jdbc;

	/**
	 * How many communities hold a piece, at most {@link #WALKED} + 1. Only chooses which
	 * piece is walked: a stale count makes a search slower, never its answer different,
	 * so each node keeps its own for a while.
	 */
	private final Cache<String, Integer> counts = Caffeine.newBuilder()
		.maximumSize(200_000)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	NameTrigrams(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes a community's pieces again from its row. */
	public void refresh(long communityId) {
		jdbc.update("delete from community_name_trigram where community_id = ?", communityId);
		jdbc.update(FILL + " where c.id = ?", communityId);
	}

	/** Writes every community's pieces again (after communities were written in bulk). */
	public void refreshAll() {
		jdbc.update("delete from community_name_trigram");
		jdbc.update(FILL);
	}

	/**
	 * The piece of this (lower-case) text held by the fewest communities, if one is held
	 * by few enough to walk. None for a text shorter than three letters, or whose every
	 * piece holds a wildcard of {@code like}.
	 */
	Optional<String> rarest(String text) {
		Set<String> pieces = pieces(text);
		Map<String, Integer> known = new HashMap<>(counts.getAllPresent(pieces));
		List<String> missing = pieces.stream().filter(p -> !known.containsKey(p)).toList();
		if (!missing.isEmpty()) {
			// one statement for all of them, each count stopped at WALKED + 1
			String sql = String.join(" union all ", Collections.nCopies(missing.size(),
					"select cast(? as varchar(3)), (select count(*) from (select 1 from community_name_trigram where trigram = ? limit "
							+ (WALKED + 1) + ") t)"));
			Object[] params = missing.stream().flatMap(p -> Stream.of(p, p)).toArray();
			jdbc.query(sql, row -> {
				known.put(row.getString(1), row.getInt(2));
			}, params);
			missing.forEach(p -> counts.put(p, known.getOrDefault(p, 0)));
		}
		return known.entrySet()
			.stream()
			.filter(e -> e.getValue() <= WALKED)
			.min(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey);
	}

	static Set<String> pieces(String text) {
		Set<String> pieces = new LinkedHashSet<>();
		if (text.codePointCount(0, text.length()) != text.length()) {
			// pieces are counted in letters, and a letter beyond the first plane is two
			// chars here: such a text is searched the other way
			return pieces;
		}
		for (int i = 0; i + 3 <= text.length(); i++) {
			String piece = text.substring(i, i + 3);
			if (piece.indexOf('%') < 0 && piece.indexOf('_') < 0 && piece.indexOf('\\') < 0) {
				pieces.add(piece);
			}
		}
		return pieces;
	}

}
