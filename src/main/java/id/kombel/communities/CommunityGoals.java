package id.kombel.communities;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.events.GoalMeasured;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.shared.TimeZones;
import id.kombel.communities.community.CommunitySnapshots;
import id.kombel.communities.cycle.CycleEvidence;
import id.kombel.communities.cycle.CycleForm;
import id.kombel.communities.cycle.CycleRepository;
import id.kombel.communities.cycle.CycleView;
import id.kombel.communities.goal.Goal;
import id.kombel.communities.goal.GoalRepository;
import id.kombel.communities.goal.UnitRange;
import id.kombel.communities.cycle.InquiryCycle;

/**
 * A community's measurable goals and its inquiry cycles. Members read; facilitators
 * write.
 */
@Service
public class CommunityGoals {

	private final CommunityPolicy policy;

	private final GoalRepository goals;

	private final CycleRepository cycles;

	private final Clock clock;

	private final CommunitySnapshots snapshots;

	private final CycleEvidence evidence;

	private final ApplicationEventPublisher events;

	CommunityGoals(CommunityPolicy policy, GoalRepository goals, CycleRepository cycles, Clock clock,
			CommunitySnapshots snapshots, CycleEvidence evidence, ApplicationEventPublisher events) {
		this.evidence = evidence;
		this.snapshots = snapshots;
		this.events = events;
		this.policy = policy;
		this.goals = goals;
		this.cycles = cycles;
		this.clock = clock;
	}

	public List<GoalView> goals(KombelUser user, long communityId) {
		policy.require(user, CommunityPolicy.Action.SEE_MEMBERS, communityId);
		return snapshots.get(communityId).goals();
	}

	@Transactional(readOnly = true)
	public GoalView goal(KombelUser user, long communityId, long goalId) {
		policy.require(user, CommunityPolicy.Action.SEE_MEMBERS, communityId);
		return load(communityId, goalId).view();
	}

	@Transactional
	public GoalView addGoal(KombelUser user, long communityId, GoalForm form) {
		policy.require(user, CommunityPolicy.Action.MANAGE, communityId);
		if (form.target().compareTo(form.baseline()) == 0) {
			throw InvalidInputException.of("target", "communities.target-equals-baseline");
		}
		List<InvalidInputException.FieldProblem> outOfRange = new java.util.ArrayList<>();
		UnitRange.problem(form.unit(), form.baseline())
			.ifPresent(key -> outOfRange.add(new InvalidInputException.FieldProblem("baseline", key, form.unit())));
		UnitRange.problem(form.unit(), form.target())
			.ifPresent(key -> outOfRange.add(new InvalidInputException.FieldProblem("target", key, form.unit())));
		if (!outOfRange.isEmpty()) {
			throw new InvalidInputException(outOfRange);
		}
		return goals.save(new Goal(communityId, form, clock.instant())).view();
	}

	@Transactional
	public GoalView measure(KombelUser user, long communityId, long goalId, MeasurementForm form) {
		policy.require(user, CommunityPolicy.Action.MANAGE, communityId);
		if (form.measuredOn().isAfter(today(communityId).plusDays(1))) {
			throw InvalidInputException.of("measuredOn", "communities.measured-in-future");
		}
		Goal goal = load(communityId, goalId);
		String unit = goal.view().unit();
		UnitRange.problem(unit, form.value()).ifPresent(key -> {
			throw InvalidInputException.of("value", key, unit);
		});
		goal.measure(form.value(), form.measuredOn(), form.note(), clock.instant());
		goals.flush();
		snapshots.evict(communityId);
		events.publishEvent(new GoalMeasured(communityId, goalId, form.measuredOn()));
		return goal.view();
	}

	/** Its cycles, the latest first (from the community's snapshot). */
	public List<CycleView> cycles(KombelUser user, long communityId) {
		policy.require(user, CommunityPolicy.Action.SEE_MEMBERS, communityId);
		return snapshots.get(communityId).cycles();
	}

	public Optional<CycleView> currentCycle(long communityId) {
		return snapshots.get(communityId).cycle();
	}

	/**
	 * Starts the next cycle (closing the open one) at its first phase, initial
	 * reflection.
	 */
	@Transactional
	public CycleView startCycle(KombelUser user, long communityId, Long goalId) {
		policy.require(user, CommunityPolicy.Action.MANAGE, communityId);
		if (goalId != null) {
			load(communityId, goalId);
		}
		List<InquiryCycle> existing = cycles.findByCommunityIdOrderByNumberDesc(communityId);
		existing.stream().filter(InquiryCycle::open).forEach(c -> c.update(closing(), today(communityId)));
		int number = existing.isEmpty() ? 1 : existing.get(0).number() + 1;
		return cycles.save(new InquiryCycle(communityId, number, goalId, today(communityId))).view();
	}

	@Transactional
	public CycleView updateCycle(KombelUser user, long communityId, long cycleId, CycleForm form) {
		policy.require(user, CommunityPolicy.Action.MANAGE, communityId);
		InquiryCycle cycle = loadCycle(communityId, cycleId);
		if (form.goalId() != null) {
			load(communityId, form.goalId());
		}
		cycle.update(form, today(communityId));
		return cycle.view();
	}

	/**
	 * Attaches the evidence file of the cycle's results, replacing an earlier one. The
	 * old file is removed only after the new one is recorded.
	 */
	@Transactional
	public CycleView attachEvidence(KombelUser user, long communityId, long cycleId, MultipartFile file) {
		policy.require(user, CommunityPolicy.Action.MANAGE, communityId);
		InquiryCycle cycle = loadCycle(communityId, cycleId);
		CycleEvidence.Stored stored = evidence.store(cycleId, file);
		String previous = cycle.attachEvidence(stored.key(), stored.name(), stored.type());
		cycles.flush();
		evidence.delete(previous);
		return cycle.view();
	}

	/** The evidence file, for everyone who may see the community's cycles. */
	@Transactional(readOnly = true)
	public ResponseEntity<byte[]> evidence(KombelUser user, long communityId, long cycleId) {
		policy.require(user, CommunityPolicy.Action.SEE_MEMBERS, communityId);
		InquiryCycle cycle = loadCycle(communityId, cycleId);
		return evidence.download(cycle.evidenceKey(), cycle.evidenceName());
	}

	private InquiryCycle loadCycle(long communityId, long cycleId) {
		return cycles.findById(cycleId)
			.filter(c -> c.communityId() == communityId)
			.orElseThrow(() -> new NotFoundException("cycle " + cycleId));
	}

	private Goal load(long communityId, long goalId) {
		return goals.findById(goalId)
			.filter(g -> g.communityId() == communityId)
			.orElseThrow(() -> new NotFoundException("goal " + goalId));
	}

	/**
	 * The community's today: the date in its region's zone (WIB, WITA or WIT), not
	 * Jakarta's; in Jayapura a new day begins two hours earlier.
	 */
	public LocalDate today(long communityId) {
		String region = snapshots.get(communityId).base().regionCode();
		return LocalDate.now(clock.withZone(TimeZones.of(region)));
	}

	private static CycleForm closing() {
		return new CycleForm(null, null, null, null, null, null, null, null, null, true);
	}

}
