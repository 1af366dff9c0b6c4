package id.kombel.communities;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the pages and the API show of one community that does not depend on who asks:
 * its profile with health, its people, goals and current cycle. {@code base} carries no
 * viewer: {@code myRole}, {@code myStatus} and {@code access} are filled per request.
 */
record CommunitySnapshot(CommunityView base, List<MemberView> members, Map<Long, MemberView> byAccount,
		List<GoalView> goals, Optional<CycleView> cycle) {

	Optional<MemberView> member(long accountId) {
		return Optional.ofNullable(byAccount.get(accountId));
	}
}
