package id.kombel.shared.events;

/**
 * A community was created or changed (its profile, region, levels, home school), or one
 * of its memberships, goals or cycles was written. Listeners re-read what they copy.
 */
public record CommunityChanged(long communityId, What what) {

	public enum What {

		/** newly started */
		CREATED,
		/** profile, region, levels or home school */
		PROFILE,
		/** a membership joined, left or changed role */
		MEMBERS,
		/** a goal or inquiry cycle */
		WORK

	}
}
