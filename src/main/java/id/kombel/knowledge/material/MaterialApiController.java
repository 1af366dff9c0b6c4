package id.kombel.knowledge.material;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.core.io.InputStreamResource;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import id.kombel.knowledge.item.Checks;
import id.kombel.knowledge.comment.CommentView;
import id.kombel.knowledge.MaterialMetadata;
import id.kombel.knowledge.Materials;
import id.kombel.knowledge.item.Texts;

@RestController
@RequestMapping("/api/v1/materials")
class MaterialApiController {

	private final Materials materials;

	private final JsonMapper json;

	private final Validator validator;

	MaterialApiController(Materials materials, JsonMapper json, Validator validator) {
		this.materials = materials;
		this.json = json;
		this.validator = validator;
	}

	/**
	 * Multipart: {@code file} and {@code metadata} (JSON). Clients send the metadata as a
	 * form field or as a part with a file name (curl's {@code -F metadata=@meta.json}):
	 * both are read.
	 */
	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<MaterialView> upload(KombelUser user,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestPart(name = "metadata",
					required = false) @Schema(implementation = MaterialMetadata.class) MultipartFile metadataFile,
			HttpServletRequest request) throws IOException {
		// not @RequestParam String: a metadata part with a file name would fail its
		// conversion (a 500)
		String metadata = request.getParameter("metadata");
		if (metadata == null && metadataFile != null) {
			// far more than the longest valid metadata
			if (metadataFile.getSize() > 100_000) {
				throw InvalidInputException.of("metadata", "knowledge.metadata-invalid");
			}
			metadata = new String(metadataFile.getBytes(), StandardCharsets.UTF_8);
		}
		MaterialMetadata m = parse(metadata);
		MaterialView created = materials.upload(user, m, file);
		return ResponseEntity.created(URI.create("/api/v1/materials/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	MaterialView one(KombelUser user, @PathVariable long id) {
		return materials.get(user, id);
	}

	@PostMapping(path = "/{id}/versions", consumes = "multipart/form-data")
	ResponseEntity<MaterialView> version(KombelUser user, @PathVariable long id,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "note", required = false) String note) {
		if (note != null && note.length() > 500) {
			throw InvalidInputException.of("note", "validation.too-long");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(materials.addVersion(user, id, file, note));
	}

	@PostMapping("/{id}/editors")
	MaterialView editor(KombelUser user, @PathVariable long id, @Valid @RequestBody Texts.Editor editor) {
		return materials.addEditor(user, id, editor.accountId());
	}

	@GetMapping("/{id}/download")
	ResponseEntity<InputStreamResource> download(KombelUser user, @PathVariable long id,
			@RequestParam(required = false) Integer version) {
		return MaterialDownloads.file(materials.download(user, id, version));
	}

	@GetMapping("/{id}/comments")
	List<CommentView> comments(KombelUser user, @PathVariable long id) {
		return materials.comments(user, id);
	}

	@PostMapping("/{id}/comments")
	ResponseEntity<CommentView> comment(KombelUser user, @PathVariable long id, @Valid @RequestBody Texts.Body body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(materials.comment(user, id, body.body()));
	}

	private MaterialMetadata parse(String metadata) {
		if (metadata == null || metadata.isBlank()) {
			throw InvalidInputException.of("metadata", "validation.required");
		}
		MaterialMetadata m;
		try {
			m = json.readValue(metadata, MaterialMetadata.class);
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of("metadata", "knowledge.metadata-invalid");
		}
		return Checks.valid(validator, m);
	}

}
