package id.kombel.communities;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Facilitators of a region ranked by how active their communities are: members who took
 * part lately, goals with measurements, inquiry cycles, a recent activity. Each candidate
 * carries the figures behind the score so that whoever picks speakers sees why.
 */
@Service
public class FacilitatorRanking {

	/**
	 * One facilitator, with the communities they facilitate and the numbers that ranked
	 * them.
	 */
	public record Candidate(long accountId, String name, List<String> communities, int activeMembers, int goals,
			int measurements, int cycles, Instant lastActivityAt, int score) {
	}

	private record Row(long accountId, String displayName, String communityName, Timestamp lastActivityAt,
			int activeMembers, int goals, int measurements, int cycles) {
	}

	private static final Duration RECENT = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Clock clock;

	FacilitatorRanking(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The best {@code limit} facilitators of communities in the region (a province or
	 * regency code).
	 */
	public List<Candidate> rank(String regionCode, int limit) {
		Instant since = clock.instant().minus(RECENT);
		List<Row> rows = jdbc
			.sql("""
					select m.account_id, m.display_name, c.name as community_name, c.last_activity_at,
					  (select count(*) from membership x where x.community_id = c.id and x.status = 'ACTIVE'
					     and x.last_participated_at >= :since) as active_members,
					  (select count(*) from goal g where g.community_id = c.id) as goals,
					  (select count(*) from measurement me join goal g on me.goal_id = g.id where g.community_id = c.id) as measurements,
					  (select count(*) from inquiry_cycle ic where ic.community_id = c.id) as cycles
					from membership m join community c on c.id = m.community_id
					where m.role = 'FACILITATOR' and m.status = 'ACTIVE'
					  and (c.province_code = :region or c.regency_code = :region)""")
			.param("since", Timestamp.from(since))
			.param("region", regionCode)
			.query(Row.class)
			.list();
		Map<Long, List<Row>> byAccount = new LinkedHashMap<>();
		rows.forEach(r -> byAccount.computeIfAbsent(r.accountId(), k -> new ArrayList<>()).add(r));
		return byAccount.values()
			.stream()
			.map(list -> candidate(list, since))
			.sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::name))
			.limit(limit)
			.toList();
	}

	private static Candidate candidate(List<Row> rows, Instant since) {
		Row first = rows.get(0);
		int active = rows.stream().mapToInt(Row::activeMembers).sum();
		int goals = rows.stream().mapToInt(Row::goals).sum();
		int measurements = rows.stream().mapToInt(Row::measurements).sum();
		int cycles = rows.stream().mapToInt(Row::cycles).sum();
		Instant last = rows.stream()
			.map(Row::lastActivityAt)
			.filter(t -> t != null)
			.map(Timestamp::toInstant)
			.max(Comparator.naturalOrder())
			.orElse(null);
		int score = active * 3 + goals * 2 + measurements * 2 + cycles * 4
				+ (last != null && last.isAfter(since) ? 5 : 0);
		return new Candidate(first.accountId(), first.displayName(),
				rows.stream().map(Row::communityName).distinct().toList(), active, goals, measurements, cycles, last,
				score);
	}

}
