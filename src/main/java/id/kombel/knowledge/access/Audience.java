package id.kombel.knowledge.access;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import id.kombel.knowledge.item.Codes;
import id.kombel.knowledge.Visibility;

/**
 * Who may find an item in search, as keywords of one index field: "public", "author:7",
 * "region:12.11" (the item's region), "in:12" (every region the item lies in),
 * "community:5". A reader's search keeps the items sharing a keyword with the reader's
 * own set, the rule of {@link Reader#sees} in one positive filter. (Excluding the
 * restricted items instead walks a fifth of the index and cuts the scoring into tiny
 * ranges between them: it doubled a search's cost.) Drafts and hidden items get no
 * keyword and are found by nobody.
 */
public final class Audience {

	public static final String FIELD = "audience";

	private Audience() {
	}

	public static List<String> of(boolean listed, Visibility visibility, String regionCode, Long communityId,
			long authorId) {
		List<String> keys = new ArrayList<>();
		if (!listed) {
			return keys;
		}
		keys.add("author:" + authorId);
		switch (visibility) {
			case PUBLIC -> keys.add("public");
			case REGION -> {
				if (regionCode != null) {
					keys.add("region:" + regionCode);
					Codes.prefixes(regionCode).forEach(p -> keys.add("in:" + p));
				}
			}
			case COMMUNITY -> {
				if (communityId != null) {
					keys.add("community:" + communityId);
				}
			}
		}
		return keys;
	}

	/** The keywords of what this reader sees (not for administrators, who see all). */
	public static List<String> of(Reader reader) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add("public");
		keys.add("author:" + reader.accountId());
		// an item of the reader's region or above it (the province of their school's
		// regency)
		reader.homeRegions().forEach(r -> keys.add("region:" + r));
		for (String area : reader.areas()) {
			Codes.prefixes(area).forEach(p -> keys.add("region:" + p));
			keys.add("in:" + area);
		}
		reader.communities().forEach(c -> keys.add("community:" + c));
		return List.copyOf(keys);
	}

}
