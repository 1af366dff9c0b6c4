package id.kombel.activities;

/** Kept apart: said they would come, came, excused, did not come. */
public enum AttendanceStatus {

	REGISTERED, PRESENT, EXCUSED, ABSENT

}
