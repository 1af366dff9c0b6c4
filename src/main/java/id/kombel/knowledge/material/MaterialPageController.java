package id.kombel.knowledge.material;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

import jakarta.validation.Validator;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.communities.Communities;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.NotFoundException;
import id.kombel.knowledge.item.Checks;
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

	private final Validator validator;

	private final Markdown markdown;

	MaterialPageController(Materials materials, Communities communities, MaterialFiles files, Validator validator,
			Markdown markdown) {
		this.materials = materials;
		this.communities = communities;
		this.files = files;
		this.validator = validator;
		this.markdown = markdown;
	}

	record PageForm(String title, String description, MaterialKind kind, String topic, String tags,
			List<Level> levels, String subjects, Visibility visibility, Long communityId, Long activityId,
			String note) {

		MaterialMetadata toMetadata() {
			return new MaterialMetadata(title, description, kind, topic, Codes.fromLine(tags),
					levels == null ? List.of() : levels, Codes.fromLine(subjects), visibility, null, communityId,
					activityId, note);
		}
	}

	@GetMapping("/materials/new")
	String upload(KombelUser user, @RequestParam(required = false) Long community, Model model) {
		model.addAttribute("levels", Level.values());
		model.addAttribute("kinds", MaterialKind.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("myCommunities", PracticePageController.myCommunities(communities, user));
		model.addAttribute("community", community);
		model.addAttribute("maxMb", files.maxSize().toMegabytes());
		return "knowledge/material-form";
	}

	@PostMapping("/materials")
	String create(KombelUser user, PageForm form, @RequestParam(name = "file", required = false) MultipartFile file) {
		MaterialMetadata m = Checks.valid(validator, form.toMetadata());
		return "redirect:/materials/" + materials.upload(user, m, file).id();
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
	String comment(KombelUser user, @PathVariable long id, @RequestParam String body) {
		materials.comment(user, id, Checks.valid(validator, new Texts.Body(body)).body());
		return "redirect:/materials/" + id + "#comments";
	}

	@GetMapping("/materials/{id}/download")
	ResponseEntity<FileSystemResource> download(KombelUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version) {
		return file(materials.download(user, id, version));
	}

	/** The file as an attachment under its uploaded name; never rendered inline, so no upload runs in our origin. */
	static ResponseEntity<FileSystemResource> file(Materials.Download d) {
		FileSystemResource resource = new FileSystemResource(d.path());
		if (!resource.exists()) {
			throw new NotFoundException("file");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(d.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(resource);
	}
}
