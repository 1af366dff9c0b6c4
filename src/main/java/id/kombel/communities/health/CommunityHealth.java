package id.kombel.communities.health;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.kombel.shared.KombelProperties;
import id.kombel.shared.events.ActivityHeld;
import id.kombel.shared.events.ParticipationRecorded;
import id.kombel.communities.community.CommunityRepository;
import id.kombel.communities.community.CommunitySnapshots;
import id.kombel.communities.HealthState;

/**
 * Keeps what health is computed from (the latest activity, each member's latest
 * participation) up to date from the activities module's events, so no page scans
 * activity tables.
 */
@Component
public class CommunityHealth {

	public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final CommunityRepository communities;

	private final KombelProperties properties;

	private final ObjectProvider<CommunitySnapshots> snapshots;

	private final JdbcClient jdbc;

	CommunityHealth(CommunityRepository communities, KombelProperties properties,
			ObjectProvider<CommunitySnapshots> snapshots, JdbcClient jdbc) {
		this.snapshots = snapshots;
		this.jdbc = jdbc;
		this.communities = communities;
		this.properties = properties;
	}

	/**
	 * Only a held activity counts: one merely scheduled for next month does not make a
	 * community active (ActivityScheduled changes nothing here).
	 */
	@EventListener
	void on(ActivityHeld event) {
		communities.findById(event.communityId()).ifPresent(c -> c.noteActivity(event.startsAt()));
	}

	@EventListener
	void on(ParticipationRecorded event) {
		// plain SQL in the caller's transaction: the cheapest write on the busiest path
		// (check-in)
		int changed = jdbc.sql("""
				update membership set last_participated_at = :at
				where community_id = :community and account_id = :account
				and (last_participated_at is null or last_participated_at < :at)""")
			.param("at", java.sql.Timestamp.from(event.at()))
			.param("community", event.communityId())
			.param("account", event.accountId())
			.update();
		if (changed > 0) {
			// a bulk update passes no entity listener; the other nodes are told after the
			// commit, which a NOTIFY in it would queue behind every other check-in's
			snapshots.getObject().evictParticipation(event.communityId());
		}
	}

	public HealthState state(Instant lastActivityAt, Instant now) {
		if (lastActivityAt == null) {
			return HealthState.NOT_STARTED;
		}
		return lastActivityAt.isBefore(now.minus(properties.communities().stalledAfter())) ? HealthState.STALLED
				: HealthState.ACTIVE;
	}

	/**
	 * Participation counts since the current cycle began, or over the stalled-after
	 * window without a cycle.
	 */
	public Instant participationSince(java.time.LocalDate cycleStartedOn, Instant now) {
		return cycleStartedOn != null ? cycleStartedOn.atStartOfDay(JAKARTA).toInstant()
				: now.minus(properties.communities().stalledAfter());
	}

}
