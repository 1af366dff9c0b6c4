package id.kombel.communities;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kombel.communities.community.Community;
import id.kombel.communities.community.CommunityRepository;
import id.kombel.communities.community.CommunitySnapshot;
import id.kombel.communities.community.CommunitySnapshots;
import id.kombel.communities.membership.ActiveRoles;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Policy;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.NotFoundException;

/**
 * Who may do what with a community (by its id), for this module and for the modules built
 * on communities (activities, knowledge). The answer comes from one {@link Access} level:
 * an active membership's role, else a partner when the account's scope covers the
 * community's school or region and level, else a visitor of its profile. A community that
 * does not exist is 404 for every action; a refusal is 403, since every signed-in account
 * sees that a community exists.
 */
@Component
public class CommunityPolicy implements Policy<CommunityPolicy.Action, Long> {

	/** What is done with a community, each allowed from one {@link Access} level up. */
	public enum Action {

		/** Read its profile, to decide whether to join. */
		VIEW(Access.VIEW),
		/**
		 * See its people and what they do together: members, goals, cycles, activities,
		 * challenges.
		 */
		SEE_MEMBERS(Access.PARTNER),
		/** Take part: come to activities, raise challenges, share knowledge in it. */
		PARTICIPATE(Access.MEMBER),
		/** Change it: profile, members, goals, cycles, activities. */
		MANAGE(Access.FACILITATOR);

		private final Access needs;

		Action(Access needs) {
			this.needs = needs;
		}

		/**
		 * Whether an account with this level may do it (for a view that shows several
		 * answers at once).
		 */
		public boolean allowedAt(Access level) {
			return level.atLeast(needs);
		}

	}

	private final CommunityRepository communities;

	private final ActiveRoles roles;

	private final CommunitySnapshots snapshots;

	CommunityPolicy(CommunityRepository communities, ActiveRoles roles, CommunitySnapshots snapshots) {
		this.communities = communities;
		this.roles = roles;
		this.snapshots = snapshots;
	}

	/**
	 * The account's level in the community, to answer several actions from one look-up
	 * (404 if unknown).
	 */
	public Access access(KombelUser user, long communityId) {
		return access(user, snapshots.get(communityId));
	}

	@Override
	public boolean may(KombelUser user, Action action, Long communityId) {
		return action.allowedAt(access(user, communityId));
	}

	/**
	 * As the interface, but cheaper: an active membership often decides without the
	 * community's snapshot.
	 */
	@Override
	public void require(KombelUser user, Action action, Long communityId) {
		long id = communityId;
		Optional<CommunitySnapshot> cached = snapshots.cached(id);
		if (cached.isPresent()) {
			check(access(user, cached.get()), action, id);
			return;
		}
		// a check-in storm evicts snapshots one after another: check the membership alone
		// first,
		// and read the community's place only when the membership does not decide
		Optional<MemberRole> role = roles.of(id, user.accountId());
		if (role.map(Access::of).filter(action::allowedAt).isEmpty()) {
			Community community = communities.findById(id).orElseThrow(() -> new NotFoundException("community " + id));
			check(access(user, role, community.homeSchoolId(), community.levels(), community.regionCode()), action, id);
		}
	}

	@Override
	public RuntimeException denied(Action action, Long communityId) {
		return new OutOfScopeException(action + " community " + communityId);
	}

	private void check(Access access, Action action, long id) {
		if (!action.allowedAt(access)) {
			throw denied(action, id);
		}
	}

	/** The level shown on a community's view, from the snapshot the view is built of. */
	Access access(KombelUser user, CommunitySnapshot snapshot) {
		CommunityView c = snapshot.base();
		Optional<MemberRole> role = snapshot.member(user.accountId())
			.filter(m -> m.status() == MemberStatus.ACTIVE)
			.map(MemberView::role);
		return access(user, role, c.homeSchoolId(), c.levels(), c.regionCode());
	}

	private static Access access(KombelUser user, Optional<MemberRole> activeRole, Long homeSchoolId,
			List<Level> levels, String regionCode) {
		if (activeRole.isPresent()) {
			return Access.of(activeRole.get());
		}
		if (user.isAdmin()) {
			return Access.PARTNER;
		}
		return partner(user.scope(), homeSchoolId, levels, regionCode) ? Access.PARTNER : Access.VIEW;
	}

	/**
	 * Whether a scope covers a community as a partner (its school, or its region at one
	 * of its levels): the one rule for a detail page and for lists built on it
	 * ({@link CommunityCycles}).
	 */
	static boolean partner(Scope scope, Long homeSchoolId, List<Level> levels, String regionCode) {
		return scope.all() || (homeSchoolId != null && scope.schoolIds().contains(homeSchoolId))
				|| levels.stream().anyMatch(l -> scope.coversRegion(regionCode, l));
	}

}
