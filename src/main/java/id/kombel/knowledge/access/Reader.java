package id.kombel.knowledge.access;

import java.util.Set;

/**
 * Who is reading, as visibility needs it: an administrator sees all; otherwise the
 * regions the reader belongs to (every prefix of their school's district), the areas
 * their role covers, and the communities they are an active member of.
 */
public record Reader(long accountId, boolean all, Set<String> homeRegions, Set<String> areas, Set<Long> communities,
		Set<Long> facilitated) {

	/** No account id is negative: a visitor without an account is nobody's author. */
	static final long NOBODY = -1;

	/**
	 * A visitor who has not signed in: sees public items only, writes and moderates
	 * nothing.
	 */
	static final Reader PUBLIC_ONLY = new Reader(NOBODY, false, Set.of(), Set.of(), Set.of(), Set.of());

	public boolean anonymous() {
		return accountId == NOBODY;
	}

	public boolean sees(Placement item) {
		if (all || item.authorId() == accountId) {
			return true;
		}
		return switch (item.visibility()) {
			case PUBLIC -> true;
			case REGION -> inRegion(item.regionCode());
			case COMMUNITY -> item.communityId() != null && communities.contains(item.communityId());
		};
	}

	/**
	 * The region of the item holds the reader's school, or overlaps an area their role
	 * covers.
	 */
	boolean inRegion(String code) {
		if (code == null) {
			return false;
		}
		if (homeRegions.contains(code)) {
			return true;
		}
		return areas.stream().anyMatch(a -> a.equals(code) || code.startsWith(a + ".") || a.startsWith(code + "."));
	}

	/** Facilitators of the item's community and administrators moderate it. */
	public boolean moderates(Placement item) {
		return all || (item.communityId() != null && facilitated.contains(item.communityId()));
	}
}
