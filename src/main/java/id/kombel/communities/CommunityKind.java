package id.kombel.communities;

/** Dalam sekolah, antar sekolah, daring. */
public enum CommunityKind {

	SCHOOL, INTER_SCHOOL, ONLINE

}
