package id.kombel.activities;

import org.springframework.stereotype.Component;

import id.kombel.activities.activity.Activity;
import id.kombel.activities.task.TaskRepository;
import id.kombel.communities.Access;
import id.kombel.communities.CommunityPolicy;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Policy;
import id.kombel.shared.web.NotFoundException;

/**
 * Who may do what with an activity. An activity is its community's: the answers are the
 * community's ({@link CommunityPolicy}), plus the note taker's right to the minutes.
 * Scheduling a new one is managing the community ({@link CommunityPolicy.Action#MANAGE}),
 * and a community's list of activities is seen by whoever sees its people
 * ({@link CommunityPolicy.Action#SEE_MEMBERS}). A refusal is 404 for whoever may not see
 * the activity (as for one that does not exist), 403 for whoever sees it.
 */
@Component
public class ActivityPolicy implements Policy<ActivityPolicy.Action, Activity> {

	public enum Action {

		/** Open it: its members, partners and facilitators. */
		SEE(CommunityPolicy.Action.SEE_MEMBERS),
		/** Register, check in, write a reflection: active members. */
		PARTICIPATE(CommunityPolicy.Action.PARTICIPATE),
		/**
		 * Change it, take the roll, share tasks, see its check-in code and its
		 * reflections: facilitators.
		 */
		MANAGE(CommunityPolicy.Action.MANAGE),
		/** Close it and issue the certificates of those present: facilitators. */
		CLOSE(CommunityPolicy.Action.MANAGE),
		/**
		 * Write the minutes: facilitators, and the member given the note taker's task.
		 */
		WRITE_MINUTES(CommunityPolicy.Action.MANAGE);

		private final CommunityPolicy.Action inCommunity;

		Action(CommunityPolicy.Action inCommunity) {
			this.inCommunity = inCommunity;
		}

	}

	private final CommunityPolicy communities;

	private final TaskRepository tasks;

	ActivityPolicy(CommunityPolicy communities, TaskRepository tasks) {
		this.communities = communities;
		this.tasks = tasks;
	}

	@Override
	public boolean may(KombelUser user, Action action, Activity activity) {
		return may(user, action, activity, communities.access(user, activity.communityId()));
	}

	/**
	 * The answer for a level already looked up (a list answers many activities from one
	 * look-up).
	 */
	public boolean may(KombelUser user, Action action, Activity activity, Access level) {
		if (action.inCommunity.allowedAt(level)) {
			return true;
		}
		// a note taker who has left the community writes nothing
		return action == Action.WRITE_MINUTES && CommunityPolicy.Action.PARTICIPATE.allowedAt(level)
				&& tasks.findByActivityIdOrderByKindAscIdAsc(activity.id())
					.stream()
					.anyMatch(t -> t.kind() == TaskKind.NOTE_TAKER && t.accountId() == user.accountId());
	}

	@Override
	public RuntimeException denied(Action action, Activity activity) {
		return new OutOfScopeException(action + " activity " + activity.id());
	}

	/** The community's own check when it decides alone: cheap on a check-in storm. */
	/**
	 * A refusal is 404 for whoever may not see the activity at all (an outsider must not
	 * learn which activity ids exist, as for a missing one), 403 for whoever sees it but
	 * may not do this.
	 */
	@Override
	public void require(KombelUser user, Action action, Activity activity) {
		try {
			if (action == Action.WRITE_MINUTES) {
				Policy.super.require(user, action, activity);
			}
			else {
				communities.require(user, action.inCommunity, activity.communityId());
			}
		}
		catch (OutOfScopeException refused) {
			if (!communities.may(user, CommunityPolicy.Action.SEE_MEMBERS, activity.communityId())) {
				throw new NotFoundException("activity " + activity.id());
			}
			throw refused;
		}
	}

}
