package id.kombel.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import javax.sql.DataSource;

/**
 * Check-ins of the benchmarks: live activities happening now, one request per member, and
 * afterwards the count of rows against the 201 answers (no duplicate, none lost).
 */
final class CheckIns {

	private CheckIns() {
	}

	/**
	 * One live activity in each of the first communities, happening now; every member
	 * checks in once or more.
	 */
	static List<String> live(DataSource dataSource, IntFunction<int[]> membersOf, List<Integer> tokenHolders, int from,
			int to, String title) throws SQLException {
		List<String> lines = new ArrayList<>();
		Instant now = Instant.now();
		try (Connection c = dataSource.getConnection()) {
			try (Statement s = c.createStatement()) {
				s.execute("delete from activity where title = '" + title + "'");
			}
			// announced as held already: here thousands begin in the same minute, which
			// the
			// nation's ~10,000 a day never do; their announcements (2,000 a minute, each
			// updating its community's rows and evicting its snapshot on every node)
			// would
			// be measured in every scenario that follows
			String sql = "insert into activity (community_id, title, role, mode, starts_at, ends_at, check_in_code, created_by,"
					+ " created_at, held_announced) values (?, ?, 'DISCUSSION', 'OFFLINE', ?, ?, ?, ?, ?, true) returning id";
			try (PreparedStatement insert = c.prepareStatement(sql)) {
				for (int community = from; community <= to; community++) {
					int[] members = membersOf.apply(community);
					String code = String.format("%06d", (community * 7919L) % 1_000_000);
					insert.setLong(1, community);
					insert.setString(2, title);
					insert.setTimestamp(3, Timestamp.from(now.minus(10, ChronoUnit.MINUTES)));
					insert.setTimestamp(4, Timestamp.from(now.plus(3, ChronoUnit.HOURS)));
					insert.setString(5, code);
					insert.setLong(6, members[0]);
					insert.setTimestamp(7, Timestamp.from(now));
					try (ResultSet r = insert.executeQuery()) {
						r.next();
						long activity = r.getLong(1);
						for (int member : members) {
							tokenHolders.add(member);
							lines.add("POST\t/api/v1/activities/" + activity + "/check-ins\t" + Harness.token(member)
									+ "\t{\"code\":\"" + code + "\"}");
						}
					}
				}
			}
		}
		Collections.shuffle(lines, new Random(11));
		return lines;
	}

	static String integrity(DataSource dataSource, String title, Wrk.Result checkIn) throws SQLException {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			long rows = Harness.single(s, "select count(*) from attendance t join activity a on a.id = t.activity_id"
					+ " where a.title = '" + title + "'");
			long duplicates = Harness.single(s,
					"select count(*) from (select t.activity_id, t.account_id from attendance t"
							+ " join activity a on a.id = t.activity_id where a.title = '" + title + "'"
							+ " group by t.activity_id, t.account_id having count(*) > 1) d");
			long created = checkIn.count(201);
			long inFlight = rows - created;
			return String.format(
					"Check-in integrity: %d answered 201 (new), %d answered 200 (repeat, no new row); %d"
							+ " attendance rows written, %d duplicate rows; %s.",
					created, checkIn.count(200), rows, duplicates,
					inFlight >= 0 && inFlight <= 32 ? (inFlight == 0 ? "every 201 is exactly one row"
							: "every 201 is one row; " + inFlight + " rows belong to requests still in flight when wrk"
									+ " stopped (at most one per connection)")
							: "MISMATCH between 201 answers and rows");
		}
	}

}
