package id.kombel.communities;

/** A member, or someone waiting for approval. */
public enum MemberStatus {

	ACTIVE, PENDING

}
