package id.kombel.communities;

/** The five purposes a goal serves: educate, support, nurture, encourage, integrate. */
public enum Purpose {

	EDUCATE, SUPPORT, NURTURE, ENCOURAGE, INTEGRATE

}
