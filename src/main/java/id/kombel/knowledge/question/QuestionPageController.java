package id.kombel.knowledge.question;

import java.util.List;

import org.springframework.stereotype.Controller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kombel.knowledge.access.Places;
import id.kombel.communities.Communities;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.validation.CommaList;
import id.kombel.shared.web.PageForms;
import id.kombel.knowledge.AnswerView;
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

	/**
	 * The question form as typed: subjects as one comma-separated line; the rules of
	 * {@link QuestionForm}.
	 */
	record PageForm(
			@NotBlank(message = "{validation.required}") @Size(min = 5, max = 200,
					message = "{validation.length}") String title,
			@NotBlank(message = "{validation.required}") @Size(max = 10000,
					message = "{validation.too-long}") String body,
			QuestionKind kind, @Size(max = 7, message = "{validation.too-many}") List<@NotNull Level> levels,
			@CommaList(items = 10, length = 25) String subjects, Visibility visibility, Long communityId,
			Long activityId) {

		QuestionForm toForm() {
			return new QuestionForm(title, body, kind, levels == null ? List.of() : levels, Codes.fromLine(subjects),
					visibility, null, communityId, activityId);
		}
	}

	private final Questions questions;

	private final Communities communities;

	private final Markdown markdown;

	private final CommunityQuestions forum;

	QuestionPageController(Questions questions, Communities communities, Markdown markdown, CommunityQuestions forum) {
		this.markdown = markdown;
		this.forum = forum;
		this.questions = questions;
		this.communities = communities;
	}

	@GetMapping("/questions/new")
	String ask(KombelUser user, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Long activity, Model model) {
		model.addAttribute("form", new PageForm("", "", null, List.of(), "", null, community, activity));
		return form(user, model);
	}

	@PostMapping("/questions")
	String create(KombelUser user, @Valid @ModelAttribute("form") PageForm form, BindingResult result, Model model) {
		return PageForms.submit(result, () -> "redirect:/questions/" + questions.ask(user, form.toForm()).id(),
				() -> form(user, model));
	}

	private String form(KombelUser user, Model model) {
		model.addAttribute("levels", Level.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("myCommunities", Places.myCommunities(communities, user));
		return "knowledge/question-form";
	}

	/**
	 * A community's questions, newest first, a page at a time ({@code before}: keyset).
	 */
	@GetMapping("/communities/{id}/questions")
	String forum(KombelUser user, @PathVariable long id, @RequestParam(required = false) Long before, Model model) {
		model.addAttribute("forum", forum.of(user, id, before));
		return "knowledge/community-questions";
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
	String answer(KombelUser user, @PathVariable long id, @Valid @ModelAttribute Texts.AnswerBody body) {
		AnswerView a = questions.answer(user, id, body.body());
		return "redirect:/questions/" + id + "#answer-" + a.id();
	}

	@PostMapping("/questions/{id}/answers/{answerId}/accept")
	String accept(KombelUser user, @PathVariable long id, @PathVariable long answerId) {
		questions.accept(user, id, answerId);
		return "redirect:/questions/" + id + "#answer-" + answerId;
	}

}
