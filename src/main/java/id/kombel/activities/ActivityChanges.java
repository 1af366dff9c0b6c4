package id.kombel.activities;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Keeps the agenda cache true: any write of an activity evicts its community's upcoming list. */
@Component
class ActivityChanges {

	private final ObjectProvider<ActivityAgenda> agenda;

	ActivityChanges(ObjectProvider<ActivityAgenda> agenda) {
		this.agenda = agenda;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Activity activity) {
		agenda.getObject().evict(activity.communityId());
	}
}
