package id.kombel.communities;

/** Computed from the last activity: never held, recent, or too long ago. */
public enum HealthState {

	NOT_STARTED, ACTIVE, STALLED

}
