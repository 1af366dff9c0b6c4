package id.kombel.activities.activity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import id.kombel.activities.attendance.CheckIns;

/**
 * Keeps caches true: a write of an activity evicts its community's upcoming list and the
 * copy check-ins read.
 */
@Component
class ActivityChanges {

	private final ObjectProvider<ActivityAgenda> agenda;

	private final ObjectProvider<CheckIns> checkIns;

	ActivityChanges(ObjectProvider<ActivityAgenda> agenda, ObjectProvider<CheckIns> checkIns) {
		this.agenda = agenda;
		this.checkIns = checkIns;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void written(Activity activity) {
		agenda.getObject().evict(activity.communityId());
		checkIns.getObject().evict(activity.id());
	}

}
