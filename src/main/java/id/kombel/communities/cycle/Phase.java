package id.kombel.communities.cycle;

/** The four phases of the inquiry cycle, in order. */
public enum Phase {

	REFLECTION, PLANNING, IMPLEMENTATION, EVALUATION

}
