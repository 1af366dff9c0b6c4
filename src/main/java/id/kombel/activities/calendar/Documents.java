package id.kombel.activities.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import id.kombel.activities.activity.Activity;
import id.kombel.activities.certificate.CertificateView;
import id.kombel.activities.activity.Times;
import id.kombel.shared.documents.CertificateDocument;

/**
 * Files an activity leaves behind: calendar entries (RFC 5545), certificates (PDF with a
 * QR).
 */
@Component
class Documents {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"))
		.withZone(Times.WIB);

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH.mm").withZone(Times.WIB);

	/**
	 * An entry per activity. Anyone may subscribe, so outsiders get what the community's
	 * public profile shows (title, time, venue); {@code forMembers} adds the agenda and
	 * the meeting link.
	 */
	String calendar(String name, List<Activity> items, String baseUrl, boolean forMembers) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Kombel//Komunitas Belajar//ID"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		for (Activity a : items) {
			VEvent event = new VEvent(a.startsAt(), a.endsAt(), a.title());
			event.add(new Uid("activity-" + a.id() + "@kombel"));
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
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	byte[] certificate(CertificateView c, String verifyUrl) {
		return CertificateDocument.open(48, 6)
			.heading(c.number())
			.line(" ", 14)
			.line("diberikan kepada", 13)
			.bold(c.holderName(), 24)
			.line("atas kehadirannya sebagai peserta kegiatan", 13)
			.bold(c.activityTitle(), 17)
			.line(c.communityName() + " · " + DAY.format(c.startsAt()) + ", " + HOUR.format(c.startsAt()) + "–"
					+ HOUR.format(c.endsAt()) + " WIB", 12)
			.verification(verifyUrl, 220, 110)
			.finish();
	}

}
