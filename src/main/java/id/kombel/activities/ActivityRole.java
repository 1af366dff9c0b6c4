package id.kombel.activities;

/**
 * The four roles of a community's activities: learning together (Kurikulum Merdeka),
 * problem-solving discussion and good-practice sharing, collaboration on teaching
 * materials, peer reflection.
 */
public enum ActivityRole {

	LEARNING, DISCUSSION, MATERIALS, REFLECTION

}
