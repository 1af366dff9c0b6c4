package id.kombel.communities;

import java.util.List;

import id.kombel.shared.Level;

/**
 * A community as a card of the community list shows it: read without its people, goals or
 * cycles, so a page of the list in spread traffic costs one small statement rather than
 * twenty snapshots.
 */
public record CommunityCard(long id, String name, CommunityKind kind, List<Level> levels, HealthState state,
		long memberCount) {
}
