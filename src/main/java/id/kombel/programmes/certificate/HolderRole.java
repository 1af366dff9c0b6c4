package id.kombel.programmes.certificate;

/** In which role someone takes part in a local event, and is certified. */
public enum HolderRole {

	PARTICIPANT, COMMITTEE, SPEAKER

}
