package id.kombel.activities.calendar;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

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

/** Files an activity leaves behind: calendar entries (RFC 5545), certificates (PDF with a QR). */
@Component
class Documents {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"))
		.withZone(Times.WIB);

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH.mm").withZone(Times.WIB);

	/**
	 * An entry per activity. Anyone may subscribe, so outsiders get what the community's public
	 * profile shows (title, time, venue); {@code forMembers} adds the agenda and the meeting link.
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
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 56, 56, 48, 48);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(centered("SERTIFIKAT", new Font(Font.HELVETICA, 30, Font.BOLD)));
		document.add(centered("Nomor " + c.number(), new Font(Font.HELVETICA, 11)));
		document.add(centered(" ", new Font(Font.HELVETICA, 14)));
		document.add(centered("diberikan kepada", new Font(Font.HELVETICA, 13)));
		document.add(centered(c.holderName(), new Font(Font.HELVETICA, 24, Font.BOLD)));
		document.add(centered("atas kehadirannya sebagai peserta kegiatan", new Font(Font.HELVETICA, 13)));
		document.add(centered(c.activityTitle(), new Font(Font.HELVETICA, 17, Font.BOLD)));
		document.add(centered(c.communityName() + " · " + DAY.format(c.startsAt()) + ", " + HOUR.format(c.startsAt())
				+ "–" + HOUR.format(c.endsAt()) + " WIB", new Font(Font.HELVETICA, 12)));
		Image qr;
		try {
			qr = Image.getInstance(qr(verifyUrl), null);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		qr.scaleAbsolute(110, 110);
		qr.setAlignment(Element.ALIGN_CENTER);
		document.add(qr);
		document.add(centered("Periksa keaslian: " + verifyUrl, new Font(Font.HELVETICA, 9)));
		document.close();
		return out.toByteArray();
	}

	private static Paragraph centered(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(6);
		return p;
	}

	static BufferedImage qr(String text) {
		try {
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 220, 220,
					Map.of(EncodeHintType.MARGIN, 1));
			BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
			for (int x = 0; x < m.getWidth(); x++) {
				for (int y = 0; y < m.getHeight(); y++) {
					image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			return image;
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
