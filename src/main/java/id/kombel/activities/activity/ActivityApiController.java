package id.kombel.activities.activity;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.communities.MemberView;
import id.kombel.shared.access.KombelUser;
import id.kombel.activities.Activities;
import id.kombel.activities.ActivityForm;
import id.kombel.activities.ActivityView;
import id.kombel.activities.AttendanceStatus;
import id.kombel.activities.certificate.CertificateView;
import id.kombel.activities.challenge.ChallengeForm;
import id.kombel.activities.challenge.ChallengeView;
import id.kombel.activities.challenge.Challenges;
import id.kombel.activities.attendance.CheckInResult;
import id.kombel.activities.attendance.CheckIns;
import id.kombel.activities.Closing;
import id.kombel.activities.reflection.ReflectionForm;
import id.kombel.activities.TaskKind;

@RestController
@RequestMapping("/api/v1")
class ActivityApiController {

	record CheckIn(String code) {
	}

	/** A check-in's answer; a record, not a map: its writer is worked out once. */
	record CheckedIn(long activityId, CheckInResult result, AttendanceStatus status) {
	}

	record Mark(@NotNull(message = "{validation.required}") AttendanceStatus status) {
	}

	record TaskRequest(@NotNull(message = "{validation.required}") Long accountId,
			@NotNull(message = "{validation.required}") TaskKind kind,
			@Size(max = 100, message = "{validation.too-long}") String label) {
	}

	record Minutes(String minutes) {
	}

	record Solution(String solution) {
	}

	private final Activities activities;

	private final Closing closing;

	private final Challenges challenges;

	private final CheckIns checkIns;

	ActivityApiController(Activities activities, Closing closing, Challenges challenges, CheckIns checkIns) {
		this.checkIns = checkIns;
		this.activities = activities;
		this.closing = closing;
		this.challenges = challenges;
	}

	@PostMapping("/communities/{communityId}/activities")
	ResponseEntity<ActivityView> schedule(KombelUser user, @PathVariable long communityId,
			@Valid @RequestBody ActivityForm form) {
		ActivityView created = activities.schedule(user, communityId, form);
		return ResponseEntity.created(URI.create("/api/v1/activities/" + created.id())).body(created);
	}

	@GetMapping("/communities/{communityId}/activities")
	List<ActivityView> ofCommunity(KombelUser user, @PathVariable long communityId) {
		return activities.ofCommunity(user, communityId);
	}

	@GetMapping("/activities/{id}")
	ActivityView one(KombelUser user, @PathVariable long id) {
		return activities.get(user, id);
	}

	@PutMapping("/activities/{id}")
	ActivityView update(KombelUser user, @PathVariable long id, @Valid @RequestBody ActivityForm form) {
		return activities.update(user, id, form);
	}

	@PostMapping("/activities/{id}/check-ins")
	ResponseEntity<CheckedIn> checkIn(KombelUser user, @PathVariable long id,
			@RequestBody(required = false) CheckIn body) {
		CheckInResult result = checkIns.checkIn(user, id, body == null ? null : body.code());
		return ResponseEntity.status(result == CheckInResult.CHECKED_IN ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new CheckedIn(id, result, AttendanceStatus.PRESENT));
	}

	@PostMapping("/activities/{id}/registrations")
	ActivityView register(KombelUser user, @PathVariable long id) {
		return activities.register(user, id);
	}

	@PutMapping("/activities/{id}/attendance/{accountId}")
	ActivityView mark(KombelUser user, @PathVariable long id, @PathVariable long accountId,
			@Valid @RequestBody Mark mark) {
		return activities.mark(user, id, accountId, mark.status());
	}

	@PostMapping("/activities/{id}/tasks")
	ResponseEntity<ActivityView> assign(KombelUser user, @PathVariable long id, @Valid @RequestBody TaskRequest task) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(activities.assignTask(user, id, task.accountId(), task.kind(), task.label()));
	}

	@GetMapping("/activities/{id}/task-suggestions")
	List<MemberView> suggestions(KombelUser user, @PathVariable long id) {
		return activities.taskSuggestions(user, id);
	}

	@PutMapping("/activities/{id}/minutes")
	ActivityView minutes(KombelUser user, @PathVariable long id, @RequestBody Minutes body) {
		return activities.writeMinutes(user, id, body.minutes());
	}

	@PostMapping("/activities/{id}/reflections")
	ResponseEntity<ReflectionForm> reflect(KombelUser user, @PathVariable long id,
			@Valid @RequestBody ReflectionForm form) {
		boolean created = closing.reflect(user, id, form);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(form);
	}

	@GetMapping("/activities/{id}/reflections")
	List<ReflectionForm> reflections(KombelUser user, @PathVariable long id) {
		return closing.reflections(user, id);
	}

	@PostMapping("/activities/{id}/close")
	ActivityView close(KombelUser user, @PathVariable long id) {
		return closing.close(user, id);
	}

	@GetMapping("/activities/{id}/certificate")
	CertificateView certificate(KombelUser user, @PathVariable long id) {
		return closing.myCertificate(user, id);
	}

	@PostMapping("/communities/{communityId}/challenges")
	ResponseEntity<ChallengeView> raise(KombelUser user, @PathVariable long communityId,
			@Valid @RequestBody ChallengeForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(challenges.raise(user, communityId, form));
	}

	@GetMapping("/communities/{communityId}/challenges")
	List<ChallengeView> challenges(KombelUser user, @PathVariable long communityId) {
		return challenges.ofCommunity(user, communityId);
	}

	@PostMapping("/challenges/{id}/solve")
	ChallengeView solve(KombelUser user, @PathVariable long id, @RequestBody Solution body) {
		return challenges.solve(user, id, body.solution());
	}

}
