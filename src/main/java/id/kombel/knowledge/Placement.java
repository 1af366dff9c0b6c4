package id.kombel.knowledge;

/** Where an item is visible and whose it is: all an access check needs. */
record Placement(Visibility visibility, String regionCode, Long communityId, long authorId, boolean hidden) {
}
