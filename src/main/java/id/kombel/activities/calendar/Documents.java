package id.kombel.activities.calendar;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Url;
import id.kombel.activities.activity.Activity;
import id.kombel.activities.certificate.CertificateView;
import id.kombel.communities.MemberRole;
import id.kombel.shared.TimeZones;
import id.kombel.shared.documents.CalendarFiles;
import id.kombel.shared.documents.CertificateDocument;

/**
 * Files an activity leaves behind: calendar entries (RFC 5545), certificates (PDF with a
 * QR).
 */
@Component
class Documents {

	private final CalendarFiles files;

	Documents(CalendarFiles files) {
		this.files = files;
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("id"));

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH.mm");

	/**
	 * An entry per activity. Anyone may subscribe, so outsiders get what the community's
	 * public profile shows (title, time, venue); {@code forMembers} adds the agenda and
	 * the meeting link.
	 */
	String calendar(String name, List<Activity> items, String baseUrl, boolean forMembers) {
		Calendar calendar = files.calendar(name);
		for (Activity a : items) {
			VEvent event = new VEvent(a.startsAt(), a.endsAt(), a.title());
			// stamped when the entry was made, not when it was fetched: a feed fetched
			// twice
			// is the same feed
			event.replace(new DtStamp(a.createdAt() != null ? a.createdAt() : a.startsAt()));
			event.add(files.uid("activity", a.id()));
			StringBuilder text = new StringBuilder(name);
			if (forMembers && a.agenda() != null) {
				text.append("\n\n").append(a.agenda());
			}
			if (forMembers && a.meetingLink() != null) {
				text.append("\n\n").append(a.meetingLink());
			}
			event.add(new Description(text.toString()));
			String place = a.venue() != null ? a.venue() : (forMembers ? a.meetingLink() : null);
			if (place != null) {
				event.add(new Location(place));
			}
			event.add(new Url(URI.create(baseUrl + "/activities/" + a.id())));
			calendar.add(event);
		}
		return files.text(calendar);
	}

	byte[] certificate(CertificateView c, String verifyUrl) {
		return CertificateDocument.open(48, 6)
			.heading(c.number())
			.line(" ", 14)
			.line("diberikan kepada", 13)
			.bold(c.holderName(), 24)
			.line(c.holderRole() == MemberRole.FACILITATOR || c.holderRole() == MemberRole.SPEAKER
					? "atas perannya sebagai " + c.part() + " dalam kegiatan"
					: "atas kehadirannya sebagai peserta kegiatan", 13)
			.bold(c.activityTitle(), 17)
			.line(c.communityName() + " · " + DAY.withZone(c.zone()).format(c.startsAt()) + ", "
					+ HOUR.withZone(c.zone()).format(c.startsAt()) + "–" + HOUR.withZone(c.zone()).format(c.endsAt())
					+ " " + TimeZones.label(c.zone()) + (c.hours() == null ? "" : " · " + c.hours() + " JP"), 12)
			.verification(verifyUrl, 220, 110)
			.finish();
	}

}
