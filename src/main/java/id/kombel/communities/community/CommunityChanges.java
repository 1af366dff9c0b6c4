package id.kombel.communities.community;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import id.kombel.shared.events.CommunityChanged;
import id.kombel.shared.events.CyclePhaseCompleted;
import id.kombel.communities.goal.Goal;
import id.kombel.communities.cycle.InquiryCycle;
import id.kombel.communities.membership.Membership;

/**
 * Evicts a community's snapshot whenever the community, a membership, a goal or a cycle
 * of it is written, and tells other modules ({@link CommunityChanged},
 * {@link CyclePhaseCompleted}) so that the copies they keep (monitoring) follow; keeps a
 * community's name pieces ({@link NameTrigrams}) with its row.
 */
@Component
public class CommunityChanges {

	private final ObjectProvider<CommunitySnapshots> snapshots;

	private final ObjectProvider<ApplicationEventPublisher> events;

	private final ObjectProvider<NameTrigrams> trigrams;

	CommunityChanges(ObjectProvider<CommunitySnapshots> snapshots, ObjectProvider<ApplicationEventPublisher> events,
			ObjectProvider<NameTrigrams> trigrams) {
		this.snapshots = snapshots;
		this.events = events;
		this.trigrams = trigrams;
	}

	@PostPersist
	void created(Object entity) {
		written(entity);
		if (entity instanceof Community c) {
			trigrams.getObject().refresh(c.id());
			events.getObject().publishEvent(new CommunityChanged(c.id(), CommunityChanged.What.CREATED));
		}
	}

	@PostUpdate
	void updated(Object entity) {
		if (entity instanceof Community c) {
			// its name, province or last activity may be what changed: the search's copy
			// follows (a removed community's go with it, by cascade)
			trigrams.getObject().refresh(c.id());
		}
		changed(entity);
	}

	@PostRemove
	void changed(Object entity) {
		written(entity);
		if (entity instanceof Community c) {
			events.getObject().publishEvent(new CommunityChanged(c.id(), CommunityChanged.What.PROFILE));
		}
	}

	private void written(Object entity) {
		if (entity instanceof Community c) {
			snapshots.getObject().evictWithLists(c.id());
			return;
		}
		if (entity instanceof Membership m) {
			snapshots.getObject().evictAccount(m.accountId());
		}
		long communityId = switch (entity) {
			case Membership m -> m.communityId();
			case Goal g -> g.communityId();
			case InquiryCycle cycle -> cycle.communityId();
			default -> -1;
		};
		if (communityId > 0) {
			snapshots.getObject().evict(communityId);
			events.getObject().publishEvent(switch (entity) {
				case InquiryCycle cycle ->
					new CyclePhaseCompleted(communityId, cycle.view().id(), cycle.view().phase().name(), !cycle.open());
				case Membership m -> new CommunityChanged(communityId, CommunityChanged.What.MEMBERS);
				default -> new CommunityChanged(communityId, CommunityChanged.What.WORK);
			});
		}
	}

}
