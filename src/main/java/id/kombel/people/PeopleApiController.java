package id.kombel.people;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import id.kombel.shared.access.AdminOnly;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.shared.PageResult;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.csv.ImportResult;

@RestController
@RequestMapping("/api/v1/people")
class PeopleApiController {

	private final People people;

	private final EducatorImport importer;

	private final MessageSource messages;

	PeopleApiController(People people, EducatorImport importer, MessageSource messages) {
		this.people = people;
		this.importer = importer;
		this.messages = messages;
	}

	/**
	 * Filters of the educator list; every invalid one is reported, not only the first.
	 */
	record PeopleQuery(Long school, String q, @Min(value = 0, message = "{validation.min}") Integer page,
			@Min(value = 1, message = "{validation.min}") @Max(value = 100,
					message = "{validation.max}") Integer size) {
	}

	@GetMapping
	PageResult<EducatorView> list(KombelUser user, @Valid PeopleQuery query) {
		return people.search(user.scope(), query.school(), query.q(), query.page() == null ? 0 : query.page(),
				query.size() == null ? 20 : query.size());
	}

	@GetMapping("/{id}")
	EducatorView one(KombelUser user, @PathVariable long id) {
		return people.get(user.scope(), id);
	}

	@PostMapping
	@AdminOnly
	ResponseEntity<EducatorView> save(@Valid @RequestBody NewEducator educator) {
		EducatorView saved = people.save(educator);
		return ResponseEntity.created(URI.create("/api/v1/people/" + saved.id())).body(saved);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@AdminOnly
	ImportResult importCsv(@RequestPart MultipartFile file, @RequestParam(defaultValue = "false") boolean allOrNothing,
			Locale locale) throws IOException {
		return ImportResult.of(importer.importCsv(file.getInputStream(), allOrNothing), messages, locale);
	}

}
