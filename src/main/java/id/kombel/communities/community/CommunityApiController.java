package id.kombel.communities.community;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.accounts.Accounts;
import id.kombel.shared.PageResult;
import id.kombel.shared.access.KombelUser;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityForm;
import id.kombel.communities.CommunityGoals;
import id.kombel.communities.CommunityView;
import id.kombel.communities.cycle.CycleForm;
import id.kombel.communities.cycle.CycleView;
import id.kombel.communities.GoalForm;
import id.kombel.communities.GoalView;
import id.kombel.communities.membership.JoinResult;
import id.kombel.communities.MeasurementForm;
import id.kombel.communities.MemberRole;
import id.kombel.communities.MemberView;
import id.kombel.communities.StarterStep;

@RestController
@RequestMapping("/api/v1/communities")
class CommunityApiController {

	record MemberRequest(@NotNull(message = "{validation.required}") Long accountId, MemberRole role) {
	}

	record CycleStart(Long goalId) {
	}

	private final Communities communities;

	private final CommunityGoals goals;

	private final Accounts accounts;

	CommunityApiController(Communities communities, CommunityGoals goals, Accounts accounts) {
		this.communities = communities;
		this.goals = goals;
		this.accounts = accounts;
	}

	@PostMapping
	ResponseEntity<CommunityView> create(KombelUser user, @Valid @RequestBody CommunityForm form) {
		CommunityView created = communities.create(user, form);
		return ResponseEntity.created(URI.create("/api/v1/communities/" + created.id())).body(created);
	}

	@GetMapping
	PageResult<CommunityView> list(KombelUser user, @Valid CommunityQuery query) {
		return communities.search(user, query);
	}

	@GetMapping("/mine")
	List<CommunityView> mine(KombelUser user) {
		return communities.mine(user);
	}

	@GetMapping("/{id}")
	CommunityView one(KombelUser user, @PathVariable long id) {
		return communities.get(user, id);
	}

	@PutMapping("/{id}")
	CommunityView update(KombelUser user, @PathVariable long id, @Valid @RequestBody CommunityForm form) {
		return communities.update(user, id, form);
	}

	@PostMapping("/{id}/join")
	ResponseEntity<Map<String, Object>> join(KombelUser user, @PathVariable long id) {
		JoinResult result = communities.join(user, id);
		HttpStatus status = switch (result) {
			case JOINED -> HttpStatus.CREATED;
			case ALREADY_MEMBER -> HttpStatus.OK;
			case PENDING -> HttpStatus.ACCEPTED;
		};
		return ResponseEntity.status(status).body(Map.of("communityId", id, "result", result));
	}

	@GetMapping("/{id}/members")
	List<MemberView> members(KombelUser user, @PathVariable long id) {
		return communities.members(user, id);
	}

	/**
	 * Adds a person, approves a pending one, or changes a role (e.g. a co-facilitator, a
	 * speaker).
	 */
	@PostMapping("/{id}/members")
	MemberView setMember(KombelUser user, @PathVariable long id, @Valid @RequestBody MemberRequest request) {
		String name = accounts.find(request.accountId()).map(a -> a.displayName()).orElse(null);
		return communities.setMember(user, id, request.accountId(), name, request.role());
	}

	@PutMapping("/{id}/starter/{step}")
	CommunityView stepDone(KombelUser user, @PathVariable long id, @PathVariable StarterStep step) {
		return communities.markStep(user, id, step, true);
	}

	@DeleteMapping("/{id}/starter/{step}")
	CommunityView stepUndone(KombelUser user, @PathVariable long id, @PathVariable StarterStep step) {
		return communities.markStep(user, id, step, false);
	}

	/**
	 * The JP a community's activity certificates carry ({@code {"hours": null}}: none).
	 */
	record CertificateHours(Integer hours) {
	}

	@PutMapping("/{id}/certificate-hours")
	CertificateHours certificateHours(KombelUser user, @PathVariable long id, @RequestBody CertificateHours body) {
		return new CertificateHours(communities.setCertificateHours(user, id, body.hours()));
	}

	@GetMapping("/{id}/goals")
	List<GoalView> goals(KombelUser user, @PathVariable long id) {
		return goals.goals(user, id);
	}

	@PostMapping("/{id}/goals")
	ResponseEntity<GoalView> addGoal(KombelUser user, @PathVariable long id, @Valid @RequestBody GoalForm form) {
		GoalView goal = goals.addGoal(user, id, form);
		return ResponseEntity.created(URI.create("/api/v1/communities/" + id + "/goals/" + goal.id())).body(goal);
	}

	@GetMapping("/{id}/goals/{goalId}")
	GoalView goal(KombelUser user, @PathVariable long id, @PathVariable long goalId) {
		return goals.goal(user, id, goalId);
	}

	@PostMapping("/{id}/goals/{goalId}/measurements")
	ResponseEntity<GoalView> measure(KombelUser user, @PathVariable long id, @PathVariable long goalId,
			@Valid @RequestBody MeasurementForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(goals.measure(user, id, goalId, form));
	}

	@GetMapping("/{id}/cycles")
	List<CycleView> cycles(KombelUser user, @PathVariable long id) {
		return goals.cycles(user, id);
	}

	@PostMapping("/{id}/cycles")
	ResponseEntity<CycleView> startCycle(KombelUser user, @PathVariable long id,
			@RequestBody(required = false) CycleStart start) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(goals.startCycle(user, id, start == null ? null : start.goalId()));
	}

	@PostMapping(path = "/{id}/cycles/{cycleId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	CycleView attachEvidence(KombelUser user, @PathVariable long id, @PathVariable long cycleId,
			@RequestParam("file") MultipartFile file) {
		return goals.attachEvidence(user, id, cycleId, file);
	}

	@GetMapping("/{id}/cycles/{cycleId}/evidence")
	ResponseEntity<byte[]> evidence(KombelUser user, @PathVariable long id, @PathVariable long cycleId) {
		return goals.evidence(user, id, cycleId);
	}

	@PutMapping("/{id}/cycles/{cycleId}")
	CycleView updateCycle(KombelUser user, @PathVariable long id, @PathVariable long cycleId,
			@Valid @RequestBody CycleForm form) {
		return goals.updateCycle(user, id, cycleId, form);
	}

}
