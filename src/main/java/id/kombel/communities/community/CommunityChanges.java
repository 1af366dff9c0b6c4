package id.kombel.communities.community;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import id.kombel.communities.goal.Goal;
import id.kombel.communities.cycle.InquiryCycle;
import id.kombel.communities.membership.Membership;

/**
 * Evicts a community's snapshot whenever the community, a membership, a goal or a cycle
 * of it is written.
 */
@Component
public class CommunityChanges {

	private final ObjectProvider<CommunitySnapshots> snapshots;

	CommunityChanges(ObjectProvider<CommunitySnapshots> snapshots) {
		this.snapshots = snapshots;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Object entity) {
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
		}
	}

}
