package id.kombel.communities;

/** What a person is in a community. */
public enum MemberRole {

	FACILITATOR, MEMBER, SPEAKER, PARTNER

}
