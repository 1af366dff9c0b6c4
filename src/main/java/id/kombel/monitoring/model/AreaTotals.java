package id.kombel.monitoring.model;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code mon_area} (and {@code mon_area_month}): an event's writer takes a
 * {@link #snapshot} of what it is about to change, changes the read model, and
 * {@link #apply}s the difference to the three areas of each thing; a rebuild counts all
 * areas again ({@link #recountAll}); a job counts again the rows time alone has changed
 * ({@link #recountDue}).
 */
@Component
class AreaTotals {

	/** Members who took part within this long are counted as taking part. */
	static final Duration RECENT = Duration.ofDays(90);

	private static final String[] COLUMNS = { "province_code", "regency_code", "district_code" };

	private static final String[] MONTH_PARENTS = { "''", "c.province_code", "c.regency_code" };

	/** The counts of one area and levels key, and when time next changes them. */
	record Key(String code, String levels) {
	}

	static final class Counts {

		final long[] n = new long[AreaSql.COUNTS.size()];

		Instant changesAt;

		boolean zero() {
			for (long v : n) {
				if (v != 0) {
					return false;
				}
			}
			return true;
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	AreaTotals(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the things of the filter add to each of their areas, as of now. */
	Map<Key, Counts> snapshot(AreaSql.Filter filter, Map<String, Object> params) {
		Map<String, Object> p = times(params);
		Map<Key, Counts> out = new HashMap<>();
		Instant semesterEnd = ((Timestamp) p.get("semesterEnd")).toInstant();
		// a row callback: called once per row, the row already current
		jdbc.sql(AreaSql.byPlace(filter)).params(p).query((ResultSet rs) -> {
			for (String column : COLUMNS) {
				String code = rs.getString(column);
				if (code != null) {
					Counts c = out.computeIfAbsent(new Key(code, rs.getString("levels")), k -> new Counts());
					add(c, read(rs, semesterEnd));
				}
			}
		});
		return out;
	}

	/** Adds {@code after − before} to the areas' rows. */
	void apply(Map<Key, Counts> before, Map<Key, Counts> after) {
		// in one order on every node: two batches touching the same areas wait, not
		// deadlock
		Set<Key> keys = new TreeSet<>(Comparator.comparing(Key::code)
			.thenComparing(Key::levels, Comparator.nullsFirst(Comparator.naturalOrder())));
		keys.addAll(after.keySet());
		keys.addAll(before.keySet());
		for (Key key : keys) {
			Counts d = new Counts();
			Counts a = after.get(key);
			Counts b = before.get(key);
			for (int i = 0; i < d.n.length; i++) {
				d.n[i] = (a == null ? 0 : a.n[i]) - (b == null ? 0 : b.n[i]);
			}
			d.changesAt = a == null ? null : a.changesAt;
			if (d.zero() && d.changesAt == null) {
				continue;
			}
			List<Object> values = new ArrayList<>();
			for (long v : d.n) {
				values.add(v);
			}
			Timestamp at = d.changesAt == null ? null : Timestamp.from(d.changesAt);
			values.addAll(List.of(key.code(), key.levels()));
			int updated = jdbc.sql("update mon_area set "
					+ String.join(", ", AreaSql.COUNTS.stream().map(c -> c + " = " + c + " + ?").toList())
					+ ", changes_at = case when changes_at is null or changes_at > cast(? as timestamp with time zone)"
					+ " then cast(? as timestamp with time zone) else changes_at end where area_code = ? and levels = ?")
				.params(withTimes(values, at))
				.update();
			if (updated == 0) {
				insert(key, d);
			}
		}
	}

	/** Held activities: {@code delta} in the community's three areas, in a month. */
	void held(String[] codes, String levels, String month, long delta) {
		for (String code : codes) {
			if (code == null) {
				continue;
			}
			int updated = jdbc
				.sql("update mon_area_month set held = held + :d where area_code = :code and levels = :levels"
						+ " and held_month = :month")
				.param("d", delta)
				.param("code", code)
				.param("levels", levels)
				.param("month", month)
				.update();
			if (updated == 0) {
				jdbc.sql("insert into mon_area_month (area_code, parent_code, levels, held_month, held)"
						+ " values (:code, :parent, :levels, :month, :d)")
					.param("code", code)
					.param("parent", AreaSql.parent(code))
					.param("levels", levels)
					.param("month", month)
					.param("d", delta)
					.update();
			}
		}
	}

	/** Every area counted again from the read model (the rebuild). */
	void recountAll() {
		jdbc.sql("delete from mon_area").update();
		jdbc.sql("delete from mon_area_month").update();
		for (int i = 0; i < COLUMNS.length; i++) {
			recount(COLUMNS[i], AreaSql.Filter.ALL, Map.of());
			jdbc.sql("insert into mon_area_month (area_code, parent_code, levels, held_month, held) "
					+ AreaSql.months(COLUMNS[i], MONTH_PARENTS[i], "1=1"))
				.update();
		}
	}

	/** The rows whose figures time alone has changed, counted again. */
	int recountDue(Instant now) {
		List<String> due = jdbc.sql("select distinct area_code from mon_area where changes_at <= :now")
			.param("now", Timestamp.from(now))
			.query(String.class)
			.list();
		for (String code : due) {
			jdbc.sql("delete from mon_area where area_code = :code").param("code", code).update();
			recount(AreaSql.column(code), AreaSql.Filter.area(AreaSql.column(code)), Map.of("code", code));
		}
		return due.size();
	}

	/**
	 * The rows of every area of the column, as one insert-select; when time next changes
	 * each as {@link #read} reckons it.
	 */
	private void recount(String column, AreaSql.Filter filter, Map<String, Object> params) {
		String parent = switch (column) {
			case "province_code" -> "''";
			case "regency_code" -> "substring(y.code, 1, 2)";
			default -> "substring(y.code, 1, 5)";
		};
		String end = "cast(:semesterEnd as timestamp with time zone)";
		jdbc.sql("insert into mon_area (area_code, parent_code, levels, " + String.join(", ", AreaSql.COUNTS)
				+ ", changes_at) select y.code, " + parent + ", y.levels, "
				+ String.join(", ", AreaSql.COUNTS.stream().map(c -> "y." + c).toList()) + ", least(" + end
				+ ", coalesce(y.behind_at, " + end + "), coalesce(y.took_part_at + interval '" + RECENT.toDays()
				+ "' day, " + end + ")) from (" + AreaSql.byArea(column, filter) + ") y")
			.params(times(params))
			.update();
	}

	private void insert(Key key, Counts c) {
		List<Object> values = new ArrayList<>(List.of(key.code(), AreaSql.parent(key.code()), key.levels()));
		for (long v : c.n) {
			values.add(v);
		}
		values.add(c.changesAt == null ? null : Timestamp.from(c.changesAt));
		jdbc.sql("insert into mon_area (area_code, parent_code, levels, " + String.join(", ", AreaSql.COUNTS)
				+ ", changes_at) values (" + "?, ".repeat(values.size() - 1) + "?)")
			.params(values)
			.update();
	}

	private static Counts read(ResultSet rs, Instant semesterEnd) throws SQLException {
		Counts c = new Counts();
		for (int i = 0; i < c.n.length; i++) {
			c.n[i] = rs.getLong(AreaSql.COUNTS.get(i));
		}
		Instant at = semesterEnd;
		Timestamp behind = rs.getTimestamp("behind_at");
		if (behind != null && behind.toInstant().isBefore(at)) {
			at = behind.toInstant();
		}
		Timestamp tookPart = rs.getTimestamp("took_part_at");
		if (tookPart != null && tookPart.toInstant().plus(RECENT).isBefore(at)) {
			at = tookPart.toInstant().plus(RECENT);
		}
		c.changesAt = at;
		return c;
	}

	private static void add(Counts to, Counts c) {
		for (int i = 0; i < to.n.length; i++) {
			to.n[i] += c.n[i];
		}
		if (to.changesAt == null || (c.changesAt != null && c.changesAt.isBefore(to.changesAt))) {
			to.changesAt = c.changesAt;
		}
	}

	private static List<Object> withTimes(List<Object> values, Timestamp at) {
		List<Object> out = new ArrayList<>(values.subList(0, AreaSql.COUNTS.size()));
		out.add(at);
		out.add(at);
		out.addAll(values.subList(AreaSql.COUNTS.size(), values.size()));
		return out;
	}

	private Map<String, Object> times(Map<String, Object> params) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock.withZone(ReadModel.JAKARTA));
		LocalDate from = LocalDate.of(today.getYear(), today.getMonthValue() <= 6 ? 1 : 7, 1);
		Map<String, Object> p = new HashMap<>(params);
		p.put("now", Timestamp.from(now));
		p.put("since", Timestamp.from(now.minus(RECENT)));
		p.put("semFrom", Date.valueOf(from));
		p.put("semTo", Date.valueOf(from.plusMonths(6).minusDays(1)));
		p.put("semesterEnd", Timestamp.from(from.plusMonths(6).atStartOfDay(ReadModel.JAKARTA).toInstant()));
		return p;
	}

}
