package id.kombel.communities;

/** The first stage (merintis): what a new community settles before its first cycle. */
public enum StarterStep {

	SHARED_WORRY, PRINCIPAL_SUPPORT, FIRST_FOLLOWERS, MEMBERSHIP_AGREEMENT, STAKEHOLDER_MAP

}
