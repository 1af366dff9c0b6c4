package id.kombel.activities;

/** Daring (with a meeting link), luring (with a venue), or both. */
public enum ActivityMode {

	ONLINE, OFFLINE, HYBRID

}
