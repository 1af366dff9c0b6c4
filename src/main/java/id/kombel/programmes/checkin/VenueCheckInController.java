package id.kombel.programmes.checkin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

import id.kombel.programmes.roster.Participant;
import id.kombel.shared.access.KombelUser;
import tools.jackson.databind.JsonNode;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.Views;
import id.kombel.programmes.ProgrammeEvent;

/**
 * The venue's check-in page, and what it loads (the event's roster, its service worker)
 * and sends.
 */
@Controller
class VenueCheckInController {

	private static final String SERVICE_WORKER = script("scripts/event-check-in-sw.js");

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	private final Participants participants;

	private final EventCheckIns checkIns;

	VenueCheckInController(ProgrammeQueries queries, ProgrammePolicy policy, Participants participants,
			EventCheckIns checkIns) {
		this.queries = queries;
		this.policy = policy;
		this.participants = participants;
		this.checkIns = checkIns;
	}

	@GetMapping("/events/{id}/check-in")
	String checkInPage(KombelUser user, @PathVariable long id, Model model) {
		ProgrammeEvent e = policy.require(user, ProgrammeAction.SEE, id);
		model.addAttribute("event", queries.eventView(id));
		List<Views.SessionView> sessions = queries.sessions(e.programmeId());
		LocalDateTime now = LocalDateTime.now(EventCheckIns.zoneOf(e.provinceCode()));
		String current = CurrentSession.pick(sessions, e.heldOn(), now);
		model.addAttribute("days", sessions.stream().anyMatch(s -> s.day() > 1));
		model.addAttribute("sessions", sessions);
		model.addAttribute("current", current);
		return "programmes/check-in";
	}

	/** Only this event's participants: what a venue needs to keep working offline. */
	@GetMapping("/events/{id}/check-in/roster.json")
	@ResponseBody
	Map<String, Object> roster(KombelUser user, @PathVariable long id) {
		List<Participant> list = participants.list(user, id);
		return Map.of("eventId", id, "participants",
				list.stream()
					.map(p -> Map.of("id", p.id(), "name", p.name(), "ticket", p.ticketCode(), "school",
							p.schoolName() == null ? "" : p.schoolName(), "sessions", p.sessions()))
					.toList());
	}

	@PostMapping(path = "/events/{id}/check-in/sync", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> sync(KombelUser user, @PathVariable long id, @RequestBody JsonNode items, Locale locale) {
		return Map.of("results", checkIns.checkInAll(user, id, CheckInBodies.items(items), locale));
	}

	/**
	 * The check-in page's service worker ({@code scripts/event-check-in-sw.js}, which
	 * reads the event from its own address). Served here so its scope is the event.
	 */
	@GetMapping(path = "/events/{id}/sw.js", produces = "text/javascript")
	ResponseEntity<String> serviceWorker(KombelUser user, @PathVariable long id) {
		policy.require(user, ProgrammeAction.SEE, id);
		return ResponseEntity.ok().header("Cache-Control", "no-cache").body(SERVICE_WORKER);
	}

	private static String script(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
