package id.kombel.programmes;

/**
 * What kind of gathering a programme is: technical guidance, workshop, or an online
 * seminar.
 */
public enum ProgrammeKind {

	BIMTEK, LOKAKARYA, WEBINAR

}
