package id.kombel.communities;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.kombel.shared.KombelProperties;
import id.kombel.shared.events.ActivityScheduled;
import id.kombel.shared.events.ParticipationRecorded;

/**
 * Keeps what health is computed from (the latest activity, each member's latest participation)
 * up to date from the activities module's events, so no page scans activity tables.
 */
@Component
class CommunityHealth {

	static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	private final CommunityRepository communities;

	private final MembershipRepository memberships;

	private final KombelProperties properties;

	private final ObjectProvider<CommunitySnapshots> snapshots;

	CommunityHealth(CommunityRepository communities, MembershipRepository memberships, KombelProperties properties,
			ObjectProvider<CommunitySnapshots> snapshots) {
		this.snapshots = snapshots;
		this.communities = communities;
		this.memberships = memberships;
		this.properties = properties;
	}

	@EventListener
	void on(ActivityScheduled event) {
		communities.findById(event.communityId()).ifPresent(c -> c.noteActivity(event.startsAt()));
	}

	@EventListener
	void on(ParticipationRecorded event) {
		if (memberships.participated(event.communityId(), event.accountId(), event.at()) > 0) {
			snapshots.getObject().evict(event.communityId()); // a bulk update passes no entity listener
		}
	}

	HealthState state(Community c, Instant now) {
		return state(c.lastActivityAt(), now);
	}

	HealthState state(Instant lastActivityAt, Instant now) {
		if (lastActivityAt == null) {
			return HealthState.NOT_STARTED;
		}
		return lastActivityAt.isBefore(now.minus(properties.communities().stalledAfter())) ? HealthState.STALLED
				: HealthState.ACTIVE;
	}

	/** Participation counts since the current cycle began, or over the stalled-after window without a cycle. */
	Instant participationSince(java.time.LocalDate cycleStartedOn, Instant now) {
		return cycleStartedOn != null ? cycleStartedOn.atStartOfDay(JAKARTA).toInstant()
				: now.minus(properties.communities().stalledAfter());
	}
}
