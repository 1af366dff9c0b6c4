package id.kombel.communities;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

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

	private final CycleRepository cycles;

	private final KombelProperties properties;

	CommunityHealth(CommunityRepository communities, MembershipRepository memberships, CycleRepository cycles,
			KombelProperties properties, Clock clock) {
		this.communities = communities;
		this.memberships = memberships;
		this.cycles = cycles;
		this.properties = properties;
	}

	@EventListener
	void on(ActivityScheduled event) {
		communities.findById(event.communityId()).ifPresent(c -> c.noteActivity(event.startsAt()));
	}

	@EventListener
	void on(ParticipationRecorded event) {
		memberships.findByCommunityIdAndAccountId(event.communityId(), event.accountId())
			.ifPresent(m -> m.participated(event.at()));
	}

	HealthState state(Community c, Instant now) {
		if (c.lastActivityAt() == null) {
			return HealthState.NOT_STARTED;
		}
		return c.lastActivityAt().isBefore(now.minus(properties.communities().stalledAfter())) ? HealthState.STALLED
				: HealthState.ACTIVE;
	}

	/** Share of active members who attended or took a task since the current cycle began. */
	double participation(Community c, Instant now) {
		long members = memberships.countActive(c.id());
		if (members == 0) {
			return 0;
		}
		Instant since = cycles.findByCommunityIdOrderByNumberDesc(c.id())
			.stream()
			.findFirst()
			.map(cycle -> cycle.startedOn().atStartOfDay(JAKARTA).toInstant())
			.orElse(now.minus(properties.communities().stalledAfter()));
		return (double) memberships.countParticipatedSince(c.id(), since) / members;
	}
}
