package id.kombel.knowledge.practice;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.access.KombelUser;
import id.kombel.knowledge.comment.CommentView;
import id.kombel.knowledge.PracticeForm;
import id.kombel.knowledge.Practices;
import id.kombel.knowledge.item.Texts;

@RestController
@RequestMapping("/api/v1/practices")
class PracticeApiController {

	private final Practices practices;

	PracticeApiController(Practices practices) {
		this.practices = practices;
	}

	@PostMapping
	ResponseEntity<PracticeView> create(KombelUser user, @Valid @RequestBody PracticeForm form) {
		PracticeView p = practices.create(user, form);
		return ResponseEntity.created(URI.create("/api/v1/practices/" + p.id())).body(p);
	}

	@GetMapping("/drafts")
	List<PracticeView> drafts(KombelUser user) {
		return practices.drafts(user);
	}

	@GetMapping("/{id}")
	PracticeView one(KombelUser user, @PathVariable long id) {
		return practices.get(user, id);
	}

	@PutMapping("/{id}")
	PracticeView update(KombelUser user, @PathVariable long id, @Valid @RequestBody PracticeForm form) {
		return practices.update(user, id, form);
	}

	@PostMapping("/{id}/publish")
	PracticeView publish(KombelUser user, @PathVariable long id) {
		return practices.publish(user, id);
	}

	@GetMapping("/{id}/revisions")
	List<RevisionView> revisions(KombelUser user, @PathVariable long id) {
		return practices.history(user, id);
	}

	@GetMapping("/{id}/comments")
	List<CommentView> comments(KombelUser user, @PathVariable long id) {
		return practices.comments(user, id);
	}

	@PostMapping("/{id}/comments")
	ResponseEntity<CommentView> comment(KombelUser user, @PathVariable long id, @Valid @RequestBody Texts.Body body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(practices.comment(user, id, body.body()));
	}

	/** 201 when added, 200 when this account had already endorsed it. */
	@PostMapping("/{id}/endorsements")
	ResponseEntity<PracticeView> endorse(KombelUser user, @PathVariable long id) {
		boolean added = practices.endorse(user, id);
		return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK).body(practices.get(user, id));
	}

	@DeleteMapping("/{id}/endorsements")
	ResponseEntity<Void> withdraw(KombelUser user, @PathVariable long id) {
		practices.withdrawEndorsement(user, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/trials")
	List<TrialView> trials(KombelUser user, @PathVariable long id) {
		return practices.trials(user, id);
	}

	@PostMapping("/{id}/trials")
	ResponseEntity<TrialView> tried(KombelUser user, @PathVariable long id, @Valid @RequestBody Texts.TrialBody body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(practices.reportTrial(user, id, body.outcome(), body.note()));
	}

}
