package id.kombel.knowledge.access;

import java.util.Set;

import id.kombel.knowledge.Visibility;

/**
 * Where an item is visible and whose it is: all an access check needs.
 *
 * @param draft seen by its author alone until published (a practice)
 * @param editors accounts the author added to change it (a material's); the item's own
 * set, read only by a check that needs it
 */
public record Placement(Visibility visibility, String regionCode, Long communityId, long authorId, boolean hidden,
		boolean draft, Set<Long> editors) {

	/**
	 * An item with no draft state and no added editors (questions, answers, comments).
	 */
	public Placement(Visibility visibility, String regionCode, Long communityId, long authorId, boolean hidden) {
		this(visibility, regionCode, communityId, authorId, hidden, false, Set.of());
	}
}
