package id.kombel.programmes.crew;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.communities.FacilitatorRanking;
import id.kombel.shared.access.KombelUser;

/**
 * An event's committee and speakers over the API, and the facilitators proposed as
 * speakers.
 */
@RestController
@RequestMapping("/api/v1")
class CrewApiController {

	private final Crew crew;

	CrewApiController(Crew crew) {
		this.crew = crew;
	}

	@GetMapping("/programmes/{id}/speaker-candidates")
	List<FacilitatorRanking.Candidate> programmeCandidates(KombelUser user, @PathVariable long id) {
		return crew.candidatesOfProgramme(user, id);
	}

	@GetMapping("/events/{id}/committee")
	List<CommitteeMember> committee(KombelUser user, @PathVariable long id) {
		return crew.committee(user, id);
	}

	@PostMapping("/events/{id}/committee")
	ResponseEntity<CommitteeMember> addCommittee(KombelUser user, @PathVariable long id,
			@Valid @RequestBody Crew.CommitteeForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(crew.addCommittee(user, id, form));
	}

	@DeleteMapping("/events/{id}/committee/{memberId}")
	ResponseEntity<Void> removeCommittee(KombelUser user, @PathVariable long id, @PathVariable long memberId) {
		crew.removeCommittee(user, id, memberId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/events/{id}/speakers")
	List<Speaker> speakers(KombelUser user, @PathVariable long id) {
		return crew.speakers(user, id);
	}

	@PostMapping("/events/{id}/speakers")
	ResponseEntity<Speaker> addSpeaker(KombelUser user, @PathVariable long id,
			@Valid @RequestBody Crew.SpeakerForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(crew.addSpeaker(user, id, form));
	}

	@DeleteMapping("/events/{id}/speakers/{speakerId}")
	ResponseEntity<Void> removeSpeaker(KombelUser user, @PathVariable long id, @PathVariable long speakerId) {
		crew.removeSpeaker(user, id, speakerId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/events/{id}/speaker-candidates")
	List<FacilitatorRanking.Candidate> candidates(KombelUser user, @PathVariable long id) {
		return crew.candidates(user, id);
	}

}
