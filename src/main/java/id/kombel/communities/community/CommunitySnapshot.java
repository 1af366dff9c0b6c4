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
 * request. {@code certificateHours}: what its facilitator's page shows (JP per activity,
 * or none).
 */
public record CommunitySnapshot(CommunityView base, List<MemberView> members, Map<Long, MemberView> byAccount,
		List<GoalView> goals, Optional<CycleView> cycle, List<CycleView> cycles, Integer certificateHours) {

	/**
	 * About the bytes it holds in memory, for a cache sized by memory: a fixed part, each
	 * person (view, map entry, name), each goal with its measurements, each cycle with
	 * its notes.
	 */
	public int weight() {
		int bytes = 600 + 2 * length(base.name()) + 2 * length(base.description()) + 2 * length(base.meetingNorm());
		for (MemberView m : members) {
			bytes += 160 + 2 * length(m.displayName());
		}
		for (GoalView g : goals) {
			bytes += 300 + 2 * length(g.indicator()) + 2 * length(g.description()) + 120 * g.measurements().size();
		}
		for (CycleView c : cycles) {
			bytes += 300 + 2 * (length(c.reflectionNotes()) + length(c.planningNotes())
					+ length(c.implementationNotes()) + length(c.evaluationNotes()) + length(c.evidenceLinks()));
		}
		return bytes;
	}

	private static int length(String s) {
		return s == null ? 0 : s.length();
	}

	public Optional<MemberView> member(long accountId) {
		return Optional.ofNullable(byAccount.get(accountId));
	}
}
