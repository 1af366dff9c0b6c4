package id.kombel.programmes.programme;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.programmes.ProgrammeForm;
import id.kombel.programmes.Programmes;
import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.Views.ProgrammeView;
import id.kombel.shared.access.KombelUser;

/**
 * Programmes and their local events over the API: create, list, read, and adjust an
 * event.
 */
@RestController
@RequestMapping("/api/v1")
class ProgrammeApiController {

	record ForEachRegency(@NotNull(message = "{validation.required}") LocalDate date, List<String> regencyCodes) {
	}

	private final Programmes programmes;

	ProgrammeApiController(Programmes programmes) {
		this.programmes = programmes;
	}

	@PostMapping("/programmes")
	ResponseEntity<ProgrammeView> create(KombelUser user, @Valid @RequestBody ProgrammeForm form) {
		ProgrammeView created = programmes.create(user, form);
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).body(created);
	}

	@GetMapping("/programmes")
	List<ProgrammeView> list(KombelUser user) {
		return programmes.list(user);
	}

	@GetMapping("/programmes/{id}")
	ProgrammeView one(KombelUser user, @PathVariable long id) {
		return programmes.get(user, id);
	}

	@PostMapping("/programmes/{id}/events:for-each-regency")
	ResponseEntity<List<EventView>> forEachRegency(KombelUser user, @PathVariable long id,
			@Valid @RequestBody ForEachRegency body) {
		List<EventView> created = programmes.createForEachRegency(user, id, body.date(), body.regencyCodes());
		return ResponseEntity.status(created.isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(created);
	}

	@GetMapping("/programmes/{id}/events")
	List<EventView> events(KombelUser user, @PathVariable long id) {
		return programmes.events(user, id);
	}

	@GetMapping("/events/{id}")
	EventView event(KombelUser user, @PathVariable long id) {
		return programmes.getEvent(user, id);
	}

	@PutMapping("/events/{id}")
	EventView updateEvent(KombelUser user, @PathVariable long id, @Valid @RequestBody EventForm form) {
		return programmes.updateEvent(user, id, form.date(), form.venue(), form.capacity(), form.openingOfficial());
	}

}
