package id.kombel.communities;

/** Anyone joins at once, or a facilitator approves. */
public enum JoinPolicy {

	OPEN, APPROVAL

}
