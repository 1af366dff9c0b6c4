package id.kombel.knowledge.practice;

import java.util.List;

import org.springframework.stereotype.Controller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.kombel.knowledge.access.Places;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityView;
import id.kombel.communities.MemberStatus;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.validation.CommaList;
import id.kombel.shared.web.PageForms;
import id.kombel.knowledge.item.Codes;
import id.kombel.knowledge.comment.CommentView;
import id.kombel.knowledge.item.Markdown;
import id.kombel.knowledge.PracticeForm;
import id.kombel.knowledge.photo.PracticePhotos;
import id.kombel.knowledge.Practices;
import id.kombel.knowledge.web.Previews;
import id.kombel.knowledge.item.Texts;
import id.kombel.knowledge.Visibility;

@Controller
public class PracticePageController {

	/**
	 * The write form as typed: tags and subjects as one comma-separated line each; the
	 * rules of {@link PracticeForm}.
	 */
	record PageForm(
			@NotBlank(message = "{validation.required}") @Size(min = 5, max = 200,
					message = "{validation.length}") String title,
			@Size(max = 10000, message = "{validation.too-long}") String context,
			@Size(max = 10000, message = "{validation.too-long}") String problem,
			@Size(max = 10000, message = "{validation.too-long}") String action,
			@Size(max = 10000, message = "{validation.too-long}") String evidence,
			@Size(max = 10000, message = "{validation.too-long}") String result,
			@Size(max = 10000, message = "{validation.too-long}") String reflection,
			@Size(max = 200, message = "{validation.too-long}") String topic,
			@CommaList(items = 10, length = 25) String tags,
			@Size(max = 7, message = "{validation.too-many}") List<@NotNull Level> levels,
			@CommaList(items = 10, length = 25) String subjects, Visibility visibility, Long communityId,
			Long activityId, String draft) {

		static PageForm empty(Long community, Long activity) {
			return new PageForm("", "", "", "", "", "", "", "", "", List.of(), "", null, community, activity, null);
		}

		static PageForm of(PracticeView p) {
			return new PageForm(p.title(), p.context(), p.problem(), p.action(), p.evidence(), p.result(),
					p.reflection(), p.topic(), String.join(", ", p.tags()), p.levels(), String.join(", ", p.subjects()),
					p.visibility(), p.communityId(), p.activityId(), "DRAFT".equals(p.status()) ? "1" : null);
		}

		PracticeForm toForm() {
			return new PracticeForm(title, context, problem, action, evidence, result, reflection, topic,
					Codes.fromLine(tags), levels == null ? List.of() : levels, Codes.fromLine(subjects), visibility,
					null, communityId, activityId, draft != null && !draft.isBlank());
		}
	}

	private final Practices practices;

	private final Communities communities;

	private final Markdown markdown;

	private final PracticePhotos photos;

	PracticePageController(Practices practices, Communities communities, Markdown markdown, PracticePhotos photos) {
		this.markdown = markdown;
		this.photos = photos;
		this.practices = practices;
		this.communities = communities;
	}

	@GetMapping("/practices/new")
	String newPractice(KombelUser user, @RequestParam(required = false) Long community,
			@RequestParam(required = false) Long activity, Model model) {
		model.addAttribute("practice", null);
		model.addAttribute("form", PageForm.empty(community, activity));
		return form(user, model);
	}

	/**
	 * The form with its evidence photos, saved together (a refused photo saves nothing).
	 */
	@PostMapping("/practices")
	String create(KombelUser user, @Valid @ModelAttribute("form") PageForm form, BindingResult result,
			@RequestParam(required = false) List<MultipartFile> photos,
			@RequestParam(required = false) String photoCaption, Model model) {
		return PageForms.submit(result, () -> {
			PracticeForm f = form.toForm();
			return "redirect:/practices/"
					+ this.photos.saveWith(user, photos, photoCaption, () -> practices.create(user, f).id())
						.practiceId();
		}, () -> {
			model.addAttribute("practice", null);
			return form(user, model);
		});
	}

	@GetMapping("/practices/{id}")
	String read(KombelUser user, @PathVariable long id, @RequestParam(required = false) Boolean history, Model model) {
		PracticeView p = practices.get(user, id);
		List<CommentView> comments = practices.comments(user, id);
		java.util.Map<String, String> texts = new java.util.HashMap<>();
		texts.put("part:context", p.context());
		texts.put("part:problem", p.problem());
		texts.put("part:action", p.action());
		texts.put("part:evidence", p.evidence());
		texts.put("part:result", p.result());
		texts.put("part:reflection", p.reflection());
		comments.forEach(c -> texts.put("comment:" + c.id(), c.body()));
		model.addAttribute("p", p);
		model.addAttribute("openGraph", Previews.of(p));
		model.addAttribute("comments", comments);
		model.addAttribute("html", markdown.htmlOf(texts));
		model.addAttribute("trials", practices.trials(user, id));
		model.addAttribute("revisions", Boolean.TRUE.equals(history) ? practices.history(user, id) : null);
		return "knowledge/practice";
	}

	@GetMapping("/practices/{id}/edit")
	String edit(KombelUser user, @PathVariable long id, Model model) {
		PracticeView p = practices.get(user, id);
		model.addAttribute("practice", p);
		model.addAttribute("form", PageForm.of(p));
		return form(user, model);
	}

	@PostMapping("/practices/{id}")
	String update(KombelUser user, @PathVariable long id, @Valid @ModelAttribute("form") PageForm form,
			BindingResult result, @RequestParam(required = false) List<MultipartFile> photos,
			@RequestParam(required = false) String photoCaption, Model model) {
		return PageForms.submit(result, () -> {
			PracticeForm f = form.toForm();
			this.photos.saveWith(user, photos, photoCaption, () -> practices.update(user, id, f).id());
			return "redirect:/practices/" + id;
		}, () -> {
			model.addAttribute("practice", practices.get(user, id));
			return form(user, model);
		});
	}

	@PostMapping("/practices/{id}/endorse")
	String endorse(KombelUser user, @PathVariable long id, @RequestParam(required = false) String withdraw) {
		if (withdraw != null) {
			practices.withdrawEndorsement(user, id);
		}
		else {
			practices.endorse(user, id);
		}
		return "redirect:/practices/" + id;
	}

	@PostMapping("/practices/{id}/trials")
	String tried(KombelUser user, @PathVariable long id, @RequestParam String outcome,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		practices.reportTrial(user, id, outcome, note == null || note.isBlank() ? null : note.strip());
		return "redirect:/practices/" + id + "#trials";
	}

	@PostMapping("/practices/{id}/comments")
	String comment(KombelUser user, @PathVariable long id, @Valid @ModelAttribute Texts.Body body) {
		practices.comment(user, id, body.body());
		return "redirect:/practices/" + id + "#comments";
	}

	private String form(KombelUser user, Model model) {
		model.addAttribute("levels", Level.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("myCommunities", Places.myCommunities(communities, user));
		return "knowledge/practice-form";
	}

}
