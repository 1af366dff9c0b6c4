package id.kombel.programmes.roster;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.programmes.web.Downloads;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;

/**
 * An event's participants over the API: the list, walk-ins, and spreadsheet imports with
 * their rejected rows.
 */
@RestController
@RequestMapping("/api/v1")
class ParticipantApiController {

	private final ParticipantImport imports;

	private final Participants participants;

	ParticipantApiController(ParticipantImport imports, Participants participants) {
		this.imports = imports;
		this.participants = participants;
	}

	@PostMapping(path = "/programmes/{id}/participants:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ParticipantImport.Outcome importProgramme(KombelUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) throws IOException {
		Roster.requireFile(file);
		return imports.importForProgramme(user, id, file.getOriginalFilename(), file.getBytes(), locale);
	}

	@PostMapping(path = "/events/{id}/participants:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ParticipantImport.Outcome importEvent(KombelUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) throws IOException {
		Roster.requireFile(file);
		return imports.importForEvent(user, id, file.getOriginalFilename(), file.getBytes(), locale);
	}

	/** The same rows as a workbook, identifiers as text. */
	@GetMapping(path = "/imports/{id}/rejected.xlsx", produces = Downloads.XLSX)
	ResponseEntity<byte[]> rejectedXlsx(KombelUser user, @PathVariable long id) throws java.io.IOException {
		return Downloads.file(imports.rejectedXlsx(user, id), "baris-ditolak-" + id + ".xlsx", Downloads.XLSX);
	}

	@GetMapping(path = "/imports/{id}/rejected.csv", produces = "text/csv")
	ResponseEntity<String> rejected(KombelUser user, @PathVariable long id) {
		return Downloads.csv(imports.rejectedFile(user, id), "baris-ditolak-" + id + ".csv");
	}

	@GetMapping("/events/{id}/participants")
	List<Participant> participants(KombelUser user, @PathVariable long id) {
		return participants.list(user, id);
	}

	@PostMapping("/events/{id}/participants")
	ResponseEntity<Participant> walkIn(KombelUser user, @PathVariable long id, @RequestBody Participants.WalkIn body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(participants.addWalkIn(user, id, body));
	}

}
