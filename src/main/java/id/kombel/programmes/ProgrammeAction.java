package id.kombel.programmes;

/**
 * What someone may want to do to a local event; {@link ProgrammePolicy} answers who may.
 */
public enum ProgrammeAction {

	/**
	 * See the event, its participants, committee, speakers and attendance list: staff and
	 * the event's committee.
	 */
	SEE,

	/**
	 * Check participants in and register walk-ins at the door: staff and the event's
	 * committee.
	 */
	CHECK_IN,

	/**
	 * Run the event: adjust it, import its roster, send invitations, name its committee
	 * and speakers, issue certificates: Balai staff of the programme's province (and
	 * administrators) only.
	 */
	RUN

}
