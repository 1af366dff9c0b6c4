package id.kombel.knowledge;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.NotFoundException;

@Controller
class MaterialPageController {

	private final Materials materials;

	MaterialPageController(Materials materials) {
		this.materials = materials;
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
