package id.kombel.knowledge.material;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import id.kombel.knowledge.Materials;
import id.kombel.shared.web.NotFoundException;

/**
 * A material's file as a download, for the API and the page alike: always an attachment,
 * never sniffed.
 */
final class MaterialDownloads {

	private MaterialDownloads() {
	}

	/**
	 * The file as an attachment under its uploaded name; never rendered inline, so no
	 * upload runs in our origin.
	 */
	static ResponseEntity<InputStreamResource> file(Materials.Download d) {
		if (d.file() == null) {
			throw new NotFoundException("file");
		}
		return ResponseEntity.ok()
			.contentLength(d.file().length())
			.contentType(MediaType.parseMediaType(d.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(d.file().content()));
	}

}
