package id.kombel.programmes.ticket;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import id.kombel.programmes.Views.SessionView;
import id.kombel.shared.documents.QrCodes;

/**
 * A ticket as an e-mail: HTML with the ticket's QR code inline (shown at the door without
 * opening a link), the date in the reader's language ("Senin, 27 Mei 2024"), the venue
 * and the programme's sessions with their times and zone; and the same as plain text for
 * mail programs that show no HTML.
 */
@Component
class TicketMail {

	/** What one ticket e-mail says. */
	record Ticket(String name, String email, String code, String title, String regency, LocalDate date, String venue,
			List<SessionView> sessions, ZoneId zone, String url, String qrPayload) {
	}

	private final ITemplateEngine templates;

	private final MessageSource messages;

	TicketMail(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	MimeMessage message(JavaMailSender sender, String from, Ticket t, Locale locale) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(from);
		helper.setTo(t.email());
		helper.setSubject(messages.getMessage("events.invite.subject", new Object[] { t.title() }, locale));
		String date = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(t.date());
		String zone = zoneLabel(t.zone());
		StringBuilder agenda = new StringBuilder();
		for (SessionView s : t.sessions()) {
			agenda.append("- ").append(times(s, zone)).append(' ').append(s.topic()).append('\n');
		}
		String venue = t.venue() == null ? "-" : t.venue();
		String text = messages.getMessage("events.invite.body", new Object[] { t.name(), t.title(), t.regency(), date,
				venue, Tickets.display(t.code()), t.url(), agenda.toString().strip() }, locale);
		Context context = new Context(locale);
		context
			.setVariables(Map.of("t", t, "date", date, "venue", venue, "display", Tickets.display(t.code()), "sessions",
					t.sessions().stream().map(s -> Map.of("times", times(s, zone), "topic", s.topic())).toList()));
		helper.setText(text, templates.process("programmes/ticket-mail", context));
		helper.addInline("ticket-qr", new ByteArrayResource(QrCodes.png(t.qrPayload(), 300)), "image/png");
		return message;
	}

	/** "08.00–12.00 WIB", the way times are written in Indonesian. */
	private static String times(SessionView s, String zone) {
		DateTimeFormatter hm = DateTimeFormatter.ofPattern("HH.mm");
		return s.startsAt().format(hm) + "–" + s.endsAt().format(hm) + " " + zone;
	}

	private static String zoneLabel(ZoneId zone) {
		return switch (zone.getId()) {
			case "Asia/Makassar" -> "WITA";
			case "Asia/Jayapura" -> "WIT";
			default -> "WIB";
		};
	}

}
