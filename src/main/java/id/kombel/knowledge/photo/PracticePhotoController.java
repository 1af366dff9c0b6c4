package id.kombel.knowledge.photo;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.core.io.InputStreamResource;

import id.kombel.shared.files.FileStore;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.NotFoundException;

/**
 * Evidence photos of a practice: the API, the page forms of the practice page, and the
 * image files. The API methods carry {@code @ResponseBody} (their answers are bodies
 * anyway) so that the API document, which lists a plain controller's methods only then,
 * has them.
 */
@Controller
class PracticePhotoController {

	/** A caption change through the API. */
	record Caption(String caption) {
	}

	private final PracticePhotos photos;

	private final PhotoFiles files;

	PracticePhotoController(PracticePhotos photos, PhotoFiles files) {
		this.photos = photos;
		this.files = files;
	}

	@PostMapping(path = "/api/v1/practices/{id}/photos", consumes = "multipart/form-data")
	@ResponseBody
	ResponseEntity<PhotoView> add(KombelUser user, @PathVariable long id,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "caption", required = false) String caption) {
		PhotoView photo = photos.add(user, id, file, caption);
		return ResponseEntity.created(URI.create(photo.displayUrl())).body(photo);
	}

	@PatchMapping("/api/v1/practices/{id}/photos/{photoId}")
	@ResponseBody
	ResponseEntity<PhotoView> caption(KombelUser user, @PathVariable long id, @PathVariable long photoId,
			@RequestBody Caption body) {
		return ResponseEntity.ok(photos.caption(user, id, photoId, body.caption()));
	}

	@DeleteMapping("/api/v1/practices/{id}/photos/{photoId}")
	@ResponseBody
	ResponseEntity<Void> remove(KombelUser user, @PathVariable long id, @PathVariable long photoId) {
		photos.remove(user, id, photoId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The practice page's add form: several photos at once (a phone's gallery picker),
	 * one caption for them.
	 */
	@PostMapping("/practices/{id}/photos")
	String addOnPage(KombelUser user, @PathVariable long id,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@RequestParam(name = "caption", required = false) String caption) {
		photos.addAll(user, id, files, caption);
		return "redirect:/practices/" + id + "#photos";
	}

	@PostMapping("/practices/{id}/photos/{photoId}")
	String captionOnPage(KombelUser user, @PathVariable long id, @PathVariable long photoId,
			@RequestParam(required = false) String caption) {
		photos.caption(user, id, photoId, caption);
		return "redirect:/practices/" + id + "#photos";
	}

	@PostMapping("/practices/{id}/photos/{photoId}/remove")
	String removeOnPage(KombelUser user, @PathVariable long id, @PathVariable long photoId) {
		photos.remove(user, id, photoId);
		return "redirect:/practices/" + id + "#photos";
	}

	/**
	 * A photo's JPEG. Its URL never changes content (a new photo gets a new id), so
	 * browsers keep it for a year without asking again. Shared caches may keep it only
	 * when the practice is public, and then for a day, so a photo removed or hidden by
	 * its author or a moderator leaves them soon.
	 */
	@GetMapping("/practices/{id}/photos/{photoId}/{variant:small|display}.jpg")
	ResponseEntity<InputStreamResource> image(KombelUser user, @PathVariable long id, @PathVariable long photoId,
			@PathVariable String variant) {
		PracticePhotos.Served served = photos.file(user, id, photoId,
				PhotoFiles.Variant.valueOf(variant.toUpperCase(java.util.Locale.ROOT)));
		PhotoFiles.Variant which = PhotoFiles.Variant.valueOf(variant.toUpperCase(java.util.Locale.ROOT));
		FileStore.StoredObject file = files.open(served.fileKey(), which)
			.orElseThrow(() -> new NotFoundException("photo " + photoId));
		CacheControl cache = CacheControl.maxAge(Duration.ofDays(365)).immutable();
		cache = served.shared() ? cache.cachePublic().sMaxAge(Duration.ofDays(1)) : cache.cachePrivate();
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(cache)
			.header("X-Content-Type-Options", "nosniff")
			.contentLength(file.length())
			.body(new InputStreamResource(file.content()));
	}

}
