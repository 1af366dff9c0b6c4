package id.kombel.communities;

import java.util.List;

import id.kombel.shared.PageResult;

/**
 * What the community list page shows: a page of the list as cards, and the asker's own
 * communities above it (with their role in each).
 */
public record CommunityBrowse(PageResult<CommunityCard> result, List<CommunityView> mine) {
}
