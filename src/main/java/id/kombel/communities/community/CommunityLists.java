package id.kombel.communities.community;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.stereotype.Component;

import id.kombel.shared.PageResult;

/**
 * The ids on one page of the community list, latest activity first, then by name, in one
 * query read from an index alone (V1040: region, order, id and levels): the ids up to the
 * page and at least {@link #COUNTED} of them, so the count costs at most that many index
 * entries rather than every community of a province. Beyond it the total is "more than"
 * ({@link PageResult#totalExact()} false) and the pager offers the next page. Plain SQL:
 * a Criteria query built and translated per request cost more of the JVM than the
 * database spent answering it (issue 17).
 */
@Component
public class CommunityLists {

	/** Communities counted exactly; a list holding more says "more than" this. */
	public static final int COUNTED = 1_000;

	/**
	 * Communities counted exactly for a name search. Its matches are found through the
	 * trigram index and then read from the table to be sorted (about 4 µs each at scale
	 * 30), or by walking the list's order until enough match: counting 1,000 of a text
	 * two thousand names hold ("247", "smp 12") cost 7-14 ms either way, counting 100 at
	 * most 4.4 ms (issue 17: every list query under 5 ms). A searcher refines the text
	 * rather than pages through a hundred.
	 */
	public static final int SEARCH_COUNTED = 100;

	/**
	 * No region holds this many communities: a page beyond it is empty without a query.
	 */
	private static final long DEEPEST = 1_000_000;

	private final JdbcTemplate jdbc;

	private final NameTrigrams trigrams;

	CommunityLists(JdbcTemplate jdbc, NameTrigrams trigrams) {
		this.jdbc = jdbc;
		this.trigrams = trigrams;
	}

	/**
	 * The list's filters as SQL conditions with their parameters, in order: a region (any
	 * depth), a level, subject, kind, school, or a part of the name. The expressions are
	 * those the indexes hold (V1040, V1041, V1042).
	 */
	record Where(String sql, List<Object> params) {

		static Where of(CommunityQuery query) {
			StringBuilder sql = new StringBuilder();
			List<Object> params = new ArrayList<>();
			if (query.region() != null && !query.region().isBlank()) {
				String code = query.region().strip();
				// provinces and regencies have their own indexed columns; deeper codes
				// match by prefix
				switch (code.length()) {
					case 2 -> add(sql, params, "province_code = ?", code);
					case 5 -> add(sql, params, "regency_code = ?", code);
					default -> {
						add(sql, params, "(region_code = ? or region_code like ?)", code);
						params.add(code + ".%");
					}
				}
			}
			if (query.levelFilter() != null) {
				add(sql, params, "levels like ?", "%," + query.levelFilter().name() + ",%");
			}
			if (query.kindFilter() != null) {
				add(sql, params, "kind = ?", query.kindFilter().name());
			}
			if (query.subject() != null && !query.subject().isBlank()) {
				add(sql, params, "lower(subjects) like ?",
						"%" + query.subject().strip().toLowerCase(Locale.ROOT) + "%");
			}
			if (query.searchesName()) {
				add(sql, params, "lower(name) like ?", "%" + query.q().strip().toLowerCase(Locale.ROOT) + "%");
			}
			if (query.school() != null) {
				add(sql, params, "home_school_id = ?", query.school());
			}
			return new Where(sql.toString(), params);
		}

		private static void add(StringBuilder sql, List<Object> params, String condition, Object value) {
			sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
			params.add(value);
		}

	}

	public PageResult<Long> page(CommunityQuery query) {
		int page = query.pageOrDefault();
		int size = query.sizeOrDefault();
		long from = (long) page * size;
		if (from >= DEEPEST) {
			return new PageResult<>(List.of(), page, size, 0, 0);
		}
		int wanted = (int) Math.max(query.searchesName() ? SEARCH_COUNTED : COUNTED, from + size) + 1;
		List<Long> ids = byTrigram(query, wanted).orElseGet(() -> {
			Where where = Where.of(query);
			List<Object> params = new ArrayList<>(where.params());
			params.add(wanted);
			String sql = "select id from community" + where.sql()
					+ " order by last_activity_at desc nulls last, name, id limit ?";
			return jdbc.query(connection -> planned(connection.prepareStatement(sql)),
					new ArgumentPreparedStatementSetter(params.toArray()),
					new RowMapperResultSetExtractor<>((row, i) -> row.getLong(1)));
		});
		List<Long> shown = ids.subList((int) Math.min(from, ids.size()), (int) Math.min(from + size, ids.size()));
		boolean exact = ids.size() < wanted;
		long total = exact ? ids.size() : wanted - 1;
		int pages = (int) ((total + size - 1) / size) + (exact ? 0 : 1);
		return new PageResult<>(List.copyOf(shown), page, size, total, pages, exact);
	}

	/**
	 * A name search in the whole country or a province, by walking the communities of the
	 * text's rarest three-letter piece in the list's order ({@link NameTrigrams}): read
	 * from one index alone, and stopped once the page and the count are full. Its plan is
	 * the same for every text, so it is prepared once. Other filters with the name go the
	 * general way.
	 */
	private Optional<List<Long>> byTrigram(CommunityQuery query, int wanted) {
		boolean province = query.region() != null && query.region().strip().length() == 2;
		if (!query.searchesName() || query.levelFilter() != null || query.kindFilter() != null
				|| (query.subject() != null && !query.subject().isBlank()) || query.school() != null
				|| (query.region() != null && !query.region().isBlank() && !province)) {
			return Optional.empty();
		}
		String text = query.q().strip().toLowerCase(Locale.ROOT);
		return trigrams.rarest(text).map(piece -> {
			List<Object> params = new ArrayList<>(List.of(piece, "%" + text + "%"));
			String sql = "select community_id from community_name_trigram where trigram = ? and lower(name) like ?"
					+ (province ? " and province_code = ?" : "")
					+ " order by last_activity_at desc nulls last, name, community_id limit ?";
			if (province) {
				params.add(query.region().strip());
			}
			params.add(wanted);
			return jdbc.query(sql, (row, i) -> row.getLong(1), params.toArray());
		});
	}

	/**
	 * The statement planned for its own values on PostgreSQL, every time. Prepared and
	 * reused (the driver does so from the fifth run), PostgreSQL soon keeps one generic
	 * plan, which cannot know that {@code lower(name) like '%16452%'} matches a dozen
	 * communities: it walks the order's index through all 300,000 and filters (171 ms
	 * alone, up to a second under load, where a plan for the value takes 1 ms).
	 */
	static PreparedStatement planned(PreparedStatement statement) throws SQLException {
		if (statement.isWrapperFor(PGStatement.class)) {
			statement.unwrap(PGStatement.class).setPrepareThreshold(0);
		}
		return statement;
	}

}
