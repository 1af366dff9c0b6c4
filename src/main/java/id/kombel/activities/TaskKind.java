package id.kombel.activities;

/** Work shared so that everyone takes part. */
public enum TaskKind {

	MODERATOR, NOTE_TAKER, PRESENTER, HOST, CUSTOM

}
