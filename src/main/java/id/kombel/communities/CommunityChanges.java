package id.kombel.communities;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Evicts a community's snapshot whenever the community, a membership, a goal or a cycle of it is written. */
@Component
class CommunityChanges {

	private final ObjectProvider<CommunitySnapshots> snapshots;

	CommunityChanges(ObjectProvider<CommunitySnapshots> snapshots) {
		this.snapshots = snapshots;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Object entity) {
		long communityId = switch (entity) {
			case Community c -> c.id();
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
