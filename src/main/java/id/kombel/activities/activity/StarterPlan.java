package id.kombel.activities.activity;

import id.kombel.activities.ActivityMode;
import id.kombel.activities.ActivityRole;

/**
 * Ready-made plans for a community's first cycle, each a first activity a facilitator
 * adapts in a few taps: title and agenda come from the messages (in the user's language).
 */
public enum StarterPlan {

	/**
	 * Initial reflection: look at the school's Rapor Pendidikan together and pick one
	 * priority.
	 */
	READ_STUDENT_DATA(ActivityRole.DISCUSSION, ActivityMode.OFFLINE, 90),
	/** Learning together: one Kurikulum Merdeka topic the members chose. */
	LEARN_TOGETHER(ActivityRole.LEARNING, ActivityMode.HYBRID, 120),
	/** Share one good practice each, five minutes, then questions. */
	SHARE_PRACTICE(ActivityRole.DISCUSSION, ActivityMode.ONLINE, 60),
	/** Peer reflection on one lesson observed in class. */
	PEER_REFLECTION(ActivityRole.REFLECTION, ActivityMode.OFFLINE, 90);

	private final ActivityRole role;

	private final ActivityMode mode;

	private final int minutes;

	StarterPlan(ActivityRole role, ActivityMode mode, int minutes) {
		this.role = role;
		this.mode = mode;
		this.minutes = minutes;
	}

	public ActivityRole role() {
		return role;
	}

	public ActivityMode mode() {
		return mode;
	}

	public int minutes() {
		return minutes;
	}

}
