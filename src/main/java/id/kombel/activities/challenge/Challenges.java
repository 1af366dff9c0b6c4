package id.kombel.activities.challenge;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.communities.Access;
import id.kombel.communities.CommunityPolicy;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;

/**
 * Challenges brought back from training: raised by a member, on the agenda of the coming
 * activities until marked solved with what solved it.
 */
@Service
@Transactional(readOnly = true)
public class Challenges {

	private final ChallengeRepository repository;

	private final CommunityPolicy policy;

	private final Clock clock;

	Challenges(ChallengeRepository repository, CommunityPolicy policy, Clock clock) {
		this.repository = repository;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	public ChallengeView raise(KombelUser user, long communityId, ChallengeForm form) {
		policy.require(user, CommunityPolicy.Action.PARTICIPATE, communityId);
		return repository.save(new Challenge(communityId, user.accountId(), user.displayName(), form, clock.instant()))
			.view();
	}

	/** Open challenges first (the agenda of the next activity), then solved ones. */
	public List<ChallengeView> ofCommunity(KombelUser user, long communityId) {
		policy.require(user, CommunityPolicy.Action.SEE_MEMBERS, communityId);
		return repository.findByCommunityIdOrderBySolvedAtAscCreatedAtDesc(communityId)
			.stream()
			.map(Challenge::view)
			.sorted((a, b) -> Boolean.compare(a.solvedAt() != null, b.solvedAt() != null))
			.toList();
	}

	@Transactional
	public ChallengeView solve(KombelUser user, long id, String solution) {
		Challenge challenge = repository.findById(id).orElseThrow(() -> new NotFoundException("challenge " + id));
		// solved by a facilitator, or by the member who raised it (while still a member)
		Access level = policy.access(user, challenge.communityId());
		boolean raiser = CommunityPolicy.Action.PARTICIPATE.allowedAt(level)
				&& challenge.view().accountId() == user.accountId();
		if (!CommunityPolicy.Action.MANAGE.allowedAt(level) && !raiser) {
			throw new OutOfScopeException("challenge " + id);
		}
		if (solution == null || solution.isBlank()) {
			throw InvalidInputException.of("solution", "validation.required");
		}
		if (solution.length() > 2000) {
			throw InvalidInputException.of("solution", "validation.too-long");
		}
		challenge.solve(solution, clock.instant());
		return challenge.view();
	}

}
