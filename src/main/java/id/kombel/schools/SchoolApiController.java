package id.kombel.schools;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

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

import id.kombel.shared.Level;
import id.kombel.shared.PageResult;
import id.kombel.shared.csv.ImportResult;
import id.kombel.shared.validation.ValidRegionCode;
import id.kombel.shared.web.NotFoundException;

@RestController
@RequestMapping("/api/v1/schools")
class SchoolApiController {

	private final Schools schools;

	private final SchoolImport importer;

	private final MessageSource messages;

	SchoolApiController(Schools schools, SchoolImport importer, MessageSource messages) {
		this.schools = schools;
		this.importer = importer;
		this.messages = messages;
	}

	/** Filters of the school list; every invalid one is reported, not only the first. */
	record SchoolQuery(@ValidRegionCode String region,
			@Pattern(regexp = "PAUD|TK|SD|SMP|SMA|SMK|SLB", message = "{validation.level}") String level, String q,
			@Min(value = 0, message = "{validation.min}") Integer page, @Min(value = 1,
					message = "{validation.min}") @Max(value = 100, message = "{validation.max}") Integer size) {
	}

	@GetMapping
	PageResult<SchoolView> list(@Valid SchoolQuery query) {
		return schools.search(query.region(), query.level() == null ? null : Level.valueOf(query.level()), query.q(),
				query.page() == null ? 0 : query.page(), query.size() == null ? 20 : query.size());
	}

	@GetMapping("/{id}")
	SchoolView one(@PathVariable long id) {
		return schools.find(id).orElseThrow(() -> new NotFoundException("school " + id));
	}

	@PostMapping
	@AdminOnly
	ResponseEntity<SchoolView> save(@Valid @RequestBody NewSchool school) {
		SchoolView saved = schools.save(school);
		return ResponseEntity.created(URI.create("/api/v1/schools/" + saved.id())).body(saved);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@AdminOnly
	ImportResult importCsv(@RequestPart MultipartFile file, @RequestParam(defaultValue = "false") boolean allOrNothing,
			Locale locale) throws IOException {
		return ImportResult.of(importer.importCsv(file.getInputStream(), allOrNothing), messages, locale);
	}

}
