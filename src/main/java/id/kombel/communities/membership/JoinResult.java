package id.kombel.communities.membership;

/**
 * What asking to join did: joined now, already a member, or waiting for a facilitator.
 */
public enum JoinResult {

	JOINED, ALREADY_MEMBER, PENDING

}
