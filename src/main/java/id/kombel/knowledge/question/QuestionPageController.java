package id.kombel.knowledge.question;

import java.util.List;

import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kombel.communities.Communities;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.knowledge.AnswerView;
import id.kombel.knowledge.item.Checks;
import id.kombel.knowledge.item.Codes;
import id.kombel.knowledge.item.Markdown;
import id.kombel.knowledge.practice.PracticePageController;
import id.kombel.knowledge.web.Previews;
import id.kombel.knowledge.QuestionForm;
import id.kombel.knowledge.QuestionView;
import id.kombel.knowledge.Questions;
import id.kombel.knowledge.item.Texts;
import id.kombel.knowledge.Visibility;

@Controller
class QuestionPageController {

	record PageForm(String title, String body, QuestionKind kind, List<Level> levels, String subjects,
			Visibility visibility, Long communityId, Long activityId) {

		QuestionForm toForm() {
			return new QuestionForm(title, body, kind, levels == null ? List.of() : levels, Codes.fromLine(subjects),
					visibility, null, communityId, activityId);
		}
	}

	private final Questions questions;

	private final Communities communities;

	private final Validator validator;

	private final Markdown markdown;

	QuestionPageController(Questions questions, Communities communities, Validator validator, Markdown markdown) {
		this.markdown = markdown;
		this.questions = questions;
		this.communities = communities;
		this.validator = validator;
	}

	@GetMapping("/questions/new")
	String ask(KombelUser user, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Long activity, Model model) {
		model.addAttribute("levels", Level.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("myCommunities", PracticePageController.myCommunities(communities, user));
		model.addAttribute("community", community);
		model.addAttribute("activity", activity);
		return "knowledge/question-form";
	}

	@PostMapping("/questions")
	String create(KombelUser user, PageForm form) {
		return "redirect:/questions/" + questions.ask(user, Checks.valid(validator, form.toForm())).id();
	}

	@GetMapping("/questions/{id}")
	String read(KombelUser user, @PathVariable long id, Model model) {
		QuestionView q = questions.get(user, id);
		java.util.Map<String, String> texts = new java.util.HashMap<>();
		texts.put("body", q.body());
		q.answers().forEach(a -> texts.put("answer:" + a.id(), a.body()));
		model.addAttribute("q", q);
		model.addAttribute("openGraph", Previews.of(q));
		model.addAttribute("html", markdown.htmlOf(texts));
		return "knowledge/question";
	}

	@PostMapping("/questions/{id}/answers")
	String answer(KombelUser user, @PathVariable long id, @RequestParam String body) {
		AnswerView a = questions.answer(user, id, Checks.valid(validator, new Texts.AnswerBody(body)).body());
		return "redirect:/questions/" + id + "#answer-" + a.id();
	}

	@PostMapping("/questions/{id}/answers/{answerId}/accept")
	String accept(KombelUser user, @PathVariable long id, @PathVariable long answerId) {
		questions.accept(user, id, answerId);
		return "redirect:/questions/" + id + "#answer-" + answerId;
	}
}
