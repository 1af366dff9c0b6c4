package id.kombel.communities;

import java.util.List;

import id.kombel.shared.PageResult;

/**
 * What the community list page shows: a page of the list, and the asker's own communities
 * above it.
 */
public record CommunityBrowse(PageResult<CommunityView> result, List<CommunityView> mine) {
}
