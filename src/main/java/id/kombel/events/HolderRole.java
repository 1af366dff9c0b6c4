package id.kombel.events;

/** In which role someone takes part in a local event, and is certified. */
public enum HolderRole {
	PARTICIPANT, COMMITTEE, SPEAKER
}
