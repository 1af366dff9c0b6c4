package id.kombel.knowledge.material;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.knowledge.access.Places;
import id.kombel.communities.Communities;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.validation.CommaList;
import id.kombel.shared.web.PageForms;
import id.kombel.shared.web.NotFoundException;
import id.kombel.knowledge.item.Codes;
import id.kombel.knowledge.comment.CommentView;
import id.kombel.knowledge.item.Markdown;
import id.kombel.knowledge.MaterialKind;
import id.kombel.knowledge.MaterialMetadata;
import id.kombel.knowledge.Materials;
import id.kombel.knowledge.practice.PracticePageController;
import id.kombel.knowledge.web.Previews;
import id.kombel.knowledge.item.Texts;
import id.kombel.knowledge.Visibility;

@Controller
class MaterialPageController {

	private final Materials materials;

	private final Communities communities;

	private final MaterialFiles files;

	private final Markdown markdown;

	MaterialPageController(Materials materials, Communities communities, MaterialFiles files, Markdown markdown) {
		this.materials = materials;
		this.communities = communities;
		this.files = files;
		this.markdown = markdown;
	}

	/**
	 * The upload form as typed: tags and subjects as one comma-separated line each; the
	 * rules of {@link MaterialMetadata}.
	 */
	record PageForm(
			@NotBlank(message = "{validation.required}") @Size(min = 3, max = 200,
					message = "{validation.length}") String title,
			@Size(max = 10000, message = "{validation.too-long}") String description, MaterialKind kind,
			@Size(max = 200, message = "{validation.too-long}") String topic,
			@CommaList(items = 10, length = 25) String tags,
			@Size(max = 7, message = "{validation.too-many}") List<@NotNull Level> levels,
			@CommaList(items = 10, length = 25) String subjects, Visibility visibility, Long communityId,
			Long activityId, @Size(max = 500, message = "{validation.too-long}") String note) {

		MaterialMetadata toMetadata() {
			return new MaterialMetadata(title, description, kind, topic, Codes.fromLine(tags),
					levels == null ? List.of() : levels, Codes.fromLine(subjects), visibility, null, communityId,
					activityId, note);
		}
	}

	@GetMapping("/materials/new")
	String upload(KombelUser user, @RequestParam(required = false) Long community, Model model) {
		model.addAttribute("form", new PageForm("", "", null, "", "", List.of(), "", null, community, null, null));
		return form(user, model);
	}

	@PostMapping("/materials")
	String create(KombelUser user, @Valid @ModelAttribute("form") PageForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) {
		return PageForms.submit(result,
				() -> "redirect:/materials/" + materials.upload(user, form.toMetadata(), file).id(),
				() -> form(user, model));
	}

	private String form(KombelUser user, Model model) {
		model.addAttribute("levels", Level.values());
		model.addAttribute("kinds", MaterialKind.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("myCommunities", Places.myCommunities(communities, user));
		model.addAttribute("maxMb", files.maxSize().toMegabytes());
		return "knowledge/material-form";
	}

	@GetMapping("/materials/{id}")
	String read(KombelUser user, @PathVariable long id, Model model) {
		MaterialView m = materials.get(user, id);
		List<CommentView> comments = materials.comments(user, id);
		java.util.Map<String, String> texts = new java.util.HashMap<>();
		texts.put("body", m.description());
		comments.forEach(c -> texts.put("comment:" + c.id(), c.body()));
		model.addAttribute("m", m);
		model.addAttribute("openGraph", Previews.of(m));
		model.addAttribute("comments", comments);
		model.addAttribute("html", markdown.htmlOf(texts));
		model.addAttribute("maxMb", files.maxSize().toMegabytes());
		return "knowledge/material";
	}

	@PostMapping("/materials/{id}/versions")
	String version(KombelUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String note) {
		materials.addVersion(user, id, file, note == null || note.isBlank() ? null : note.strip());
		return "redirect:/materials/" + id;
	}

	@PostMapping("/materials/{id}/comments")
	String comment(KombelUser user, @PathVariable long id, @Valid @ModelAttribute Texts.Body body) {
		materials.comment(user, id, body.body());
		return "redirect:/materials/" + id + "#comments";
	}

	@GetMapping("/materials/{id}/download")
	ResponseEntity<InputStreamResource> download(KombelUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version) {
		return MaterialDownloads.file(materials.download(user, id, version));
	}

}
