package id.kombel.programmes.crew;

/** Where a local committee member comes from. */
public enum CommitteeKind {

	GURU_PENGGERAK, REGENCY_OFFICE, BRANCH_OFFICE, BALAI, OTHER

}
