package id.kombel.knowledge.question;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.access.KombelUser;
import id.kombel.knowledge.AnswerView;
import id.kombel.knowledge.QuestionForm;
import id.kombel.knowledge.QuestionView;
import id.kombel.knowledge.Questions;
import id.kombel.knowledge.item.Texts;

@RestController
@RequestMapping("/api/v1/questions")
class QuestionApiController {

	private final Questions questions;

	QuestionApiController(Questions questions) {
		this.questions = questions;
	}

	@PostMapping
	ResponseEntity<QuestionView> ask(KombelUser user, @Valid @RequestBody QuestionForm form) {
		QuestionView q = questions.ask(user, form);
		return ResponseEntity.created(URI.create("/api/v1/questions/" + q.id())).body(q);
	}

	/**
	 * Unanswered questions for facilitators and speakers, matched to their communities'
	 * levels and subjects.
	 */
	@GetMapping("/unanswered")
	List<QuestionView> unanswered(KombelUser user, @RequestParam(defaultValue = "20") int limit) {
		return questions.waitingFor(user, Math.max(1, Math.min(limit, 100)));
	}

	@GetMapping("/{id}")
	QuestionView one(KombelUser user, @PathVariable long id) {
		return questions.get(user, id);
	}

	@PostMapping("/{id}/answers")
	ResponseEntity<AnswerView> answer(KombelUser user, @PathVariable long id,
			@Valid @RequestBody Texts.AnswerBody body) {
		AnswerView a = questions.answer(user, id, body.body());
		return ResponseEntity.created(URI.create("/api/v1/questions/" + id + "/answers/" + a.id())).body(a);
	}

	@PostMapping("/{id}/answers/{answerId}:accept")
	QuestionView accept(KombelUser user, @PathVariable long id, @PathVariable long answerId) {
		return questions.accept(user, id, answerId);
	}

}
