package id.kombel.programmes.checkin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.kombel.shared.access.KombelUser;
import tools.jackson.databind.JsonNode;

/**
 * Check-ins over the API: one at a time, or a phone's queue sent when it is back online.
 */
@RestController
@RequestMapping("/api/v1")
class CheckInApiController {

	private final EventCheckIns checkIns;

	CheckInApiController(EventCheckIns checkIns) {
		this.checkIns = checkIns;
	}

	/**
	 * One check-in: 201 new, 200 already checked in, 400 refused. Given an array (or
	 * {@code {"items":[...]}}) instead, the batch form: 200 with an answer per item.
	 */
	@PostMapping("/events/{id}/check-ins")
	ResponseEntity<?> checkIn(KombelUser user, @PathVariable long id, @RequestBody(required = false) JsonNode body,
			Locale locale) {
		if (CheckInBodies.isBatch(body)) {
			return ResponseEntity.ok(checkInBatch(user, id, body, locale));
		}
		EventCheckIns.Request r = CheckInBodies.request(body);
		// a check-in sent on its own happens now: only a queue replayed later carries its
		// scan time
		EventCheckIns.Answer answer = checkIns.checkIn(user, id,
				new EventCheckIns.Request(r.key(), r.ticket(), r.session(), null, r.device()), locale);
		return ResponseEntity
			.status(answer.status() == EventCheckIns.Status.CHECKED_IN ? HttpStatus.CREATED : HttpStatus.OK)
			.body(answer);
	}

	/**
	 * Queued offline check-ins, answered in the shape they came: an array, or
	 * {@code {"results":[...]}}.
	 */
	@PostMapping("/events/{id}/check-ins:batch")
	Object checkInBatch(KombelUser user, @PathVariable long id, @RequestBody JsonNode body, Locale locale) {
		List<EventCheckIns.Answer> answers = checkIns.checkInAll(user, id, CheckInBodies.items(body), locale);
		return body.isArray() ? answers : Map.of("results", answers);
	}

}
