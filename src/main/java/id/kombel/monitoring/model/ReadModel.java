package id.kombel.monitoring.model;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.shared.KombelProperties;

/**
 * Writes monitoring's read model. Each change re-reads only what it touched (one
 * community, one participant, one school) from the owning module's tables by id; a
 * rebuild reads them all with the same code.
 */
@Component
public class ReadModel {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReadModel.class);

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final JdbcClient jdbc;

	private final CommunitySource source;

	private final KombelProperties properties;

	private final Clock clock;

	private final AreaTotals areas;

	private final AreaChange.Changes changes;

	private final BulkLoad bulk;

	private final JdbcTemplate batch;

	ReadModel(JdbcClient jdbc, JdbcTemplate batch, CommunitySource source, KombelProperties properties, Clock clock,
			AreaTotals areas, BulkLoad bulk) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.bulk = bulk;
		this.areas = areas;
		this.changes = new AreaChange.Changes(jdbc, areas);
		this.source = source;
		this.properties = properties;
		this.clock = clock;
	}

	/** The community's row and members again (it was created, changed, or deleted). */
	@Transactional
	public void refreshCommunity(long id) {
		AreaChange change = changes.community(id);
		write(id);
		change.done();
	}

	private void write(long id) {
		jdbc.sql("delete from mon_community where community_id = :id").param("id", id).update();
		jdbc.sql("delete from mon_member where community_id = :id").param("id", id).update();
		source.copy(id, clock.instant(), properties.communities().stalledAfter());
		jdbc.sql(ParticipantSql.MEMBERS + " and m.community_id = :id").param("id", id).update();
	}

	@Transactional
	public void activityHeld(long communityId, long activityId, Instant startsAt) {
		AreaChange change = changes.community(communityId);
		jdbc.sql("delete from mon_activity where activity_id = :id").param("id", activityId).update();
		jdbc.sql("""
				insert into mon_activity (activity_id, community_id, starts_at, held_month)
				values (:id, :community, :at, :month)""")
			.param("id", activityId)
			.param("community", communityId)
			.param("at", Timestamp.from(startsAt))
			.param("month", month(startsAt))
			.update();
		write(communityId);
		change.done();
	}

	/**
	 * Members who took part (check-ins, roll calls, tasks), gathered by
	 * {@link Participations} over a second: their rows in one batch, and each area row
	 * they touch once for all of them, not once per check-in.
	 */
	@Transactional
	public void participated(List<Participations.Participation> taken) {
		Timestamp since = Timestamp.from(clock.instant().minus(properties.communities().stalledAfter()));
		for (List<Participations.Participation> chunk : chunks(taken)) {
			AreaChange change = changes
				.members(chunk.stream().map(p -> new Object[] { p.communityId(), p.accountId() }).toList());
			List<Long> ids = chunk.stream().map(Participations.Participation::communityId).distinct().sorted().toList();
			// their rows first, as a refresh of the community takes them (its row, then
			// its
			// members): the two wait for each other instead of deadlocking
			jdbc.sql(
					"select community_id from mon_community where community_id in (:ids) order by community_id for update")
				.param("ids", ids)
				.query(Long.class)
				.list();
			batch.batchUpdate("""
					update mon_member set last_participated_at = ?
					where community_id = ? and account_id = ?
					and (last_participated_at is null or last_participated_at < ?)""", chunk, chunk.size(), (ps, p) -> {
				Timestamp at = Timestamp.from(p.at());
				ps.setTimestamp(1, at);
				ps.setLong(2, p.communityId());
				ps.setLong(3, p.accountId());
				ps.setTimestamp(4, at);
			});
			tookPart(ids, since);
			change.done();
		}
	}

	/**
	 * The communities' members who took part since {@code since}, counted again from
	 * their {@code mon_member} rows, as {@link CommunitySource} counts them from the
	 * memberships.
	 */
	private void tookPart(List<Long> ids, Timestamp since) {
		jdbc.sql("""
				update mon_community set members_took_part = (select count(*) from mon_member m
				    where m.community_id = mon_community.community_id and m.last_participated_at >= :since),
				  took_part_earliest = (select min(m.last_participated_at) from mon_member m
				    where m.community_id = mon_community.community_id and m.last_participated_at >= :since)
				where community_id in (:ids)""").param("since", since).param("ids", ids).update();
	}

	/** One participant of a programme event, or all of the event's when null. */
	@Transactional
	public void refreshParticipants(long eventId, Long participantId) {
		AreaChange change = changes.participants(eventId, participantId);
		String only = participantId == null ? "p.event_id = :event" : "p.id = :participant";
		var delete = jdbc.sql("delete from mon_participant where "
				+ (participantId == null ? "event_id = :event" : "participant_id = :participant"));
		var insert = jdbc.sql(ParticipantSql.INSERT + " where " + only);
		if (participantId == null) {
			delete.param("event", eventId).update();
			insert.param("event", eventId).update();
		}
		else {
			delete.param("participant", participantId).update();
			insert.param("participant", participantId).update();
		}
		change.done();
	}

	@Transactional
	public void refreshSchool(long schoolId) {
		AreaChange change = changes.school(schoolId);
		jdbc.sql("delete from mon_school where school_id = :id").param("id", schoolId).update();
		jdbc.sql(ParticipantSql.SCHOOLS + " where s.id = :id").param("id", schoolId).update();
		change.done();
	}

	/**
	 * Schools and their educator counts change by imports, not events: copied again
	 * whole.
	 */
	@Transactional
	public void refreshSchools() {
		copySchools();
		areas.recountAll();
	}

	private void copySchools() {
		jdbc.sql("delete from mon_school").update();
		jdbc.sql(ParticipantSql.SCHOOLS).update();
	}

	/**
	 * Active communities whose latest held activity is now older than stalled-after: time
	 * alone makes them stalled, without any event; and so it lowers the count of members
	 * who took part of those whose earliest counted participation is now older.
	 */
	@Transactional
	public int markStalled(Instant now) {
		Timestamp before = Timestamp.from(now.minus(properties.communities().stalledAfter()));
		// first, before any area row is locked (a participation flush locks community
		// rows,
		// then area rows)
		List<Long> tookPart = jdbc
			.sql("select community_id from mon_community where took_part_earliest < :before order by community_id")
			.param("before", before)
			.query(Long.class)
			.list();
		chunks(tookPart).forEach(chunk -> tookPart(chunk, before));
		List<Long> ids = jdbc
			.sql("select community_id from mon_community where state = 'ACTIVE' and last_activity_at < :before")
			.param("before", before)
			.query(Long.class)
			.list();
		for (List<Long> chunk : chunks(ids)) {
			AreaChange change = changes.communities(chunk);
			jdbc.sql("update mon_community set state = 'STALLED' where community_id in (:ids)")
				.param("ids", chunk)
				.update();
			change.done();
		}
		// and the areas whose figures time alone changed otherwise (goals, 90 days)
		areas.recountDue(now);
		return ids.size();
	}

	/**
	 * Everything again from the source tables, in one transaction: each table emptied and
	 * filled by insert-selects, no row carried through Java.
	 */
	@Transactional
	public Rebuilt rebuild() {
		long started = System.nanoTime();
		for (String table : List.of("mon_community", "mon_member", "mon_activity", "mon_participant")) {
			jdbc.sql("delete from " + table).update();
		}
		int communities = source.copy(null, clock.instant(), properties.communities().stalledAfter());
		bulk.vacuumAfterCommit("mon_community");
		bulk.fill("mon_member", () -> jdbc.sql(ParticipantSql.MEMBERS).update());
		int[] held = new int[1];
		bulk.fill("mon_activity", () -> held[0] = jdbc.sql(ACTIVITIES).update());
		jdbc.sql(ParticipantSql.INSERT).update();
		copySchools();
		areas.recountAll();
		long millis = (System.nanoTime() - started) / 1_000_000;
		jdbc.sql("delete from mon_build").update();
		jdbc.sql("insert into mon_build (id, built_at, millis) values (1, :at, :millis)")
			.param("at", Timestamp.from(clock.instant()))
			.param("millis", millis)
			.update();
		log.info("Monitoring read model rebuilt: {} communities, {} held activities in {} ms", communities, held[0],
				millis);
		return new Rebuilt(communities, held[0], millis);
	}

	/**
	 * Held activities, each with its month in Asia/Jakarta ({@link #month}, as SQL).
	 */
	private static final String ACTIVITIES = """
			insert into mon_activity (activity_id, community_id, starts_at, held_month)
			select a.id, a.community_id, a.starts_at, to_char(a.starts_at at time zone 'Asia/Jakarta', 'YYYY-MM')
			from activity a where a.held_announced = true""";

	/** Whether the read model was ever built whole on this database. */
	public boolean built() {
		return jdbc.sql("select count(*) from mon_build").query(Long.class).single() > 0;
	}

	/** What a rebuild wrote, and how long it took. */
	public record Rebuilt(int communities, int activities, long millis) {
	}

	static String month(Instant at) {
		return YearMonth.from(at.atZone(JAKARTA)).toString();
	}

	private static <T> List<List<T>> chunks(List<T> all) {
		int size = 500;
		return java.util.stream.IntStream.range(0, (all.size() + size - 1) / size)
			.mapToObj(i -> all.subList(i * size, Math.min(all.size(), (i + 1) * size)))
			.toList();
	}

}
