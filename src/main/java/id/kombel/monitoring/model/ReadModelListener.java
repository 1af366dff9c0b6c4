package id.kombel.monitoring.model;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import id.kombel.schools.SchoolMoved;
import id.kombel.shared.events.ActivityHeld;
import id.kombel.shared.events.CommunityChanged;
import id.kombel.shared.events.CyclePhaseCompleted;
import id.kombel.shared.events.GoalMeasured;
import id.kombel.shared.events.ParticipationRecorded;
import id.kombel.shared.events.ProgrammeAttendance;

/**
 * Follows the other modules' events once their transaction committed (so it reads what
 * they wrote), each in a transaction of its own: a failure here never undoes a check-in,
 * and a rebuild mends what was missed. Synchronous, so a change shows in the figures when
 * its request returns; participations (check-ins) within a second
 * ({@link Participations}).
 */
@Component
class ReadModelListener {

	private final ReadModel model;

	private final Participations participations;

	ReadModelListener(ReadModel model, Participations participations) {
		this.model = model;
		this.participations = participations;
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(CommunityChanged event) {
		model.refreshCommunity(event.communityId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ActivityHeld event) {
		model.activityHeld(event.communityId(), event.activityId(), event.startsAt());
	}

	/**
	 * Noted only, written within a second by {@link Participations}: the check-in's
	 * request neither waits for it nor holds a second connection.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ParticipationRecorded event) {
		participations.note(event.communityId(), event.accountId(), event.at());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(GoalMeasured event) {
		model.refreshCommunity(event.communityId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(CyclePhaseCompleted event) {
		model.refreshCommunity(event.communityId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ProgrammeAttendance event) {
		model.refreshParticipants(event.eventId(), event.participantId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(SchoolMoved event) {
		model.refreshSchool(event.schoolId());
	}

}
