package id.kombel.knowledge.search;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.access.AdminOnly;
import id.kombel.shared.access.KombelUser;
import id.kombel.knowledge.moderation.AuditView;
import id.kombel.knowledge.moderation.Moderation;
import id.kombel.knowledge.moderation.ReportView;
import id.kombel.knowledge.item.Texts;

/** Search, moderation and the index rebuild. */
@RestController
public class SearchApiController {

	private final KnowledgeSearch search;

	private final Moderation moderation;

	private final SearchIndex index;

	SearchApiController(KnowledgeSearch search, Moderation moderation, SearchIndex index) {
		this.search = search;
		this.moderation = moderation;
		this.index = index;
	}

	@GetMapping("/api/v1/search")
	SearchResults search(KombelUser user, @Valid SearchQuery query) {
		return search.search(user, query);
	}

	@PostMapping("/api/v1/reports")
	ResponseEntity<ReportView> report(KombelUser user, @Valid @RequestBody Texts.ReportBody body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(moderation.report(user, body.type(), body.id(), body.reason(), body.note()));
	}

	@GetMapping("/api/v1/reports")
	List<ReportView> reports(KombelUser user) {
		return moderation.openReports(user);
	}

	@PostMapping("/api/v1/moderation/{type}/{id}/hide")
	Map<String, Object> hide(KombelUser user, @PathVariable String type, @PathVariable long id,
			@Valid @RequestBody(required = false) Texts.Note note) {
		moderation.setHidden(user, type, id, true, note == null ? null : note.note());
		return Map.of("type", type, "id", id, "hidden", true);
	}

	@PostMapping("/api/v1/moderation/{type}/{id}/restore")
	Map<String, Object> restore(KombelUser user, @PathVariable String type, @PathVariable long id,
			@Valid @RequestBody(required = false) Texts.Note note) {
		moderation.setHidden(user, type, id, false, note == null ? null : note.note());
		return Map.of("type", type, "id", id, "hidden", false);
	}

	@PostMapping("/api/v1/moderation/{type}/{id}/dismiss")
	Map<String, Object> dismiss(KombelUser user, @PathVariable String type, @PathVariable long id,
			@Valid @RequestBody(required = false) Texts.Note note) {
		moderation.dismiss(user, type, id, note == null ? null : note.note());
		return Map.of("type", type, "id", id, "dismissed", true);
	}

	@GetMapping("/api/v1/moderation/{type}/{id}/audit")
	List<AuditView> audit(KombelUser user, @PathVariable String type, @PathVariable long id) {
		return moderation.trail(user, type, id);
	}

	/**
	 * Administrators rebuild the search index from the database: 202, then follow it with
	 * GET.
	 */
	@PostMapping("/api/v1/admin/search/reindex")
	@AdminOnly
	ResponseEntity<SearchIndex.Status> reindex() {
		boolean started = index.start();
		return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT).body(index.status());
	}

	@GetMapping("/api/v1/admin/search/reindex")
	@AdminOnly
	SearchIndex.Status reindexStatus() {
		return index.status();
	}

}
