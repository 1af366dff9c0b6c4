package id.kombel.knowledge;

/**
 * Who may see an item: everyone signed in, people of one region, or the members of one
 * community.
 */
public enum Visibility {

	PUBLIC, REGION, COMMUNITY

}
