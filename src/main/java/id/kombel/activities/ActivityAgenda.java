package id.kombel.activities;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.shared.agenda.CommunityAgenda;

@Component
class ActivityAgenda implements CommunityAgenda {

	private final ActivityRepository activities;

	private final Clock clock;

	ActivityAgenda(ActivityRepository activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> upcoming(long communityId, int max) {
		return activities.findByCommunityIdAndEndsAtAfterOrderByStartsAtAsc(communityId, clock.instant(), Limit.of(max))
			.stream()
			.map(a -> new Item(a.id(), a.title(), a.startsAt(), a.endsAt(), a.mode().name()))
			.toList();
	}
}
