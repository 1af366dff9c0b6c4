package id.kombel.programmes.ticket;

import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Url;
import id.kombel.programmes.Programme;
import id.kombel.programmes.ProgrammeEvent;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.Programmes;
import id.kombel.programmes.Views.SessionView;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.web.Downloads;
import id.kombel.shared.TimeZones;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.documents.CalendarFiles;

/**
 * "Add to calendar" for a programme event: from a participant's ticket (open to whoever
 * holds its code, as the ticket is) and from the event page (for those who may see it).
 * One entry from the first session's start to the last one's end, on the venue's clock.
 */
@Controller
class EventCalendarController {

	private static final java.time.format.DateTimeFormatter HOUR = java.time.format.DateTimeFormatter
		.ofPattern("HH.mm");

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Participants participants;

	private final Programmes programmes;

	private final ProgrammeQueries queries;

	private final CalendarFiles files;

	EventCalendarController(Participants participants, Programmes programmes, ProgrammeQueries queries,
			CalendarFiles files) {
		this.participants = participants;
		this.programmes = programmes;
		this.queries = queries;
		this.files = files;
	}

	@GetMapping("/tickets/{code}.ics")
	ResponseEntity<String> ticket(@PathVariable String code) {
		Participants.Ticket t = participants.ticket(code);
		String page = Downloads.base() + "/tickets/" + t.code();
		return ics(calendar(t.eventId(), page, t.display()), "tiket-" + t.code());
	}

	@GetMapping("/events/{id}.ics")
	ResponseEntity<String> event(KombelUser user, @PathVariable long id) {
		programmes.getEvent(user, id);
		return ics(calendar(id, Downloads.base() + "/events/" + id, null), "acara-" + id);
	}

	private String calendar(long eventId, String page, String ticket) {
		ProgrammeEvent e = queries.event(eventId);
		Programme p = queries.programme(e.programmeId());
		List<SessionView> sessions = queries.sessions(p.id());
		ZoneId zone = TimeZones.of(e.regencyCode());
		String regency = queries.regionName(e.regencyCode());
		LocalTime from = sessions.stream()
			.map(SessionView::startsAt)
			.min(Comparator.naturalOrder())
			.orElse(LocalTime.of(8, 0));
		LocalTime to = sessions.stream()
			.map(SessionView::endsAt)
			.max(Comparator.naturalOrder())
			.orElse(from.plusHours(8));
		Calendar calendar = files.calendar(p.title() + " · " + regency);
		VEvent event = new VEvent(e.heldOn().atTime(from).atZone(zone).toInstant(),
				e.heldOn().atTime(to).atZone(zone).toInstant(), p.title() + " · " + regency);
		// the same entry on every fetch: stamped when the programme was made
		Instant made = p.createdAt().toInstant();
		event.replace(new DtStamp(made));
		event.add(files.uid("event", eventId));
		StringBuilder text = new StringBuilder(p.title()).append('\n').append(regency);
		sessions.forEach(s -> text.append('\n')
			.append(HOUR.format(s.startsAt()))
			.append('–')
			.append(HOUR.format(s.endsAt()))
			.append(' ')
			.append(TimeZones.label(zone))
			.append(' ')
			.append(s.topic() == null ? "" : s.topic()));
		if (ticket != null) {
			text.append("\n\nTiket: ").append(ticket);
		}
		event.add(new Description(text.toString()));
		if (e.venue() != null) {
			event.add(new Location(e.venue()));
		}
		event.add(new Url(URI.create(page)));
		calendar.add(event);
		return files.text(calendar);
	}

	private static ResponseEntity<String> ics(String body, String name) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".ics\"")
			.body(body);
	}

}
