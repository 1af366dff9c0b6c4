package id.kombel.knowledge.access;

import id.kombel.knowledge.Visibility;

/** Where an item is visible and whose it is: all an access check needs. */
public record Placement(Visibility visibility, String regionCode, Long communityId, long authorId, boolean hidden) {
}
