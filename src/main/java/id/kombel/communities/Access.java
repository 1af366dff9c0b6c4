package id.kombel.communities;

/**
 * What an account may do with one community, from least to most. Everyone signed in may
 * see a community's profile to decide whether to join; members and partners in scope see
 * its people.
 */
public enum Access {

	/** Profile only. */
	VIEW,
	/**
	 * A principal, supervisor or office whose scope covers the community: sees members
	 * and health.
	 */
	PARTNER,
	/** An active member (or speaker). */
	MEMBER,
	/** Changes the community. */
	FACILITATOR;

	/** What an active membership in this role allows. */
	public static Access of(MemberRole role) {
		return switch (role) {
			case FACILITATOR -> FACILITATOR;
			case MEMBER, SPEAKER -> MEMBER;
			case PARTNER -> PARTNER;
		};
	}

	public boolean atLeast(Access other) {
		return compareTo(other) >= 0;
	}

}
