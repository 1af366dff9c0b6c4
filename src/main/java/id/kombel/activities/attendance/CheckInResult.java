package id.kombel.activities.attendance;

/** A first check-in, or a repeat of one already recorded (never a second record). */
public enum CheckInResult {

	CHECKED_IN, ALREADY_CHECKED_IN

}
