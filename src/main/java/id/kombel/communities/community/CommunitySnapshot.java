package id.kombel.communities.community;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import id.kombel.communities.CommunityView;
import id.kombel.communities.cycle.CycleView;
import id.kombel.communities.GoalView;
import id.kombel.communities.MemberView;

/**
 * Everything the pages and the API show of one community that does not depend on who
 * asks: its profile with health, its people, goals and current cycle. {@code base}
 * carries no viewer: {@code myRole}, {@code myStatus} and {@code access} are filled per
 * request.
 */
public record CommunitySnapshot(CommunityView base, List<MemberView> members, Map<Long, MemberView> byAccount,
		List<GoalView> goals, Optional<CycleView> cycle) {

	public Optional<MemberView> member(long accountId) {
		return Optional.ofNullable(byAccount.get(accountId));
	}
}
