package id.kombel.programmes.ticket;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.ConflictException;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.checkin.EventCheckIns;

/**
 * Sends each participant with an e-mail address their ticket, once. Without a mail server
 * ({@code spring.mail.host}) there is nothing to send with: the answer says so, and the
 * WhatsApp links on the event page remain the way to share tickets.
 */
@Service
class Invitations {

	/** What a round of invitations did. */
	public record Sent(int sent, int withoutEmail, int invitedBefore, int failed) {
	}

	private record Invitee(long id, String name, String email, String ticketCode, String title, String regencyCode,
			java.time.LocalDate heldOn, String venue, Timestamp invitedAt, long programmeId, String provinceCode) {
	}

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final TicketMail ticketMail;

	private final Tickets tickets;

	Invitations(JdbcClient jdbc, ProgrammeQueries queries, ProgrammePolicy policy, ObjectProvider<JavaMailSender> mail,
			TicketMail ticketMail, Tickets tickets, Clock clock,
			@Value("${kombel.mail.from:no-reply@kombel.id}") String from) {
		this.ticketMail = ticketMail;
		this.tickets = tickets;
		this.jdbc = jdbc;
		this.queries = queries;
		this.policy = policy;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
	}

	public Sent sendForProgramme(KombelUser user, long programmeId, String baseUrl, Locale locale) {
		policy.requireStaff(user, programmeId);
		return send("x.programme_id = :id", programmeId, baseUrl, locale);
	}

	public Sent sendForEvent(KombelUser user, long eventId, String baseUrl, Locale locale) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		return send("x.event_id = :id", eventId, baseUrl, locale);
	}

	private Sent send(String where, long id, String baseUrl, Locale locale) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new ConflictException("mail", "events.invite.no-mail");
		}
		List<Invitee> invitees = jdbc.sql("""
				select x.id, x.name, x.email, x.ticket_code, p.title, e.regency_code, e.held_on, e.venue, x.invited_at,
				       p.id as programme_id, p.province_code
				from participant x join programme_event e on e.id = x.event_id join programme p on p.id = x.programme_id
				where\s""" + where + " order by x.id").param("id", id).query(Invitee.class).list();
		int sent = 0;
		int without = 0;
		int before = 0;
		int failed = 0;
		for (Invitee i : invitees) {
			if (i.email() == null) {
				without++;
				continue;
			}
			if (i.invitedAt() != null) {
				before++;
				continue;
			}
			String url = baseUrl + "/tickets/" + i.ticketCode();
			TicketMail.Ticket ticket = new TicketMail.Ticket(i.name(), i.email(), i.ticketCode(), i.title(),
					queries.regionName(i.regencyCode()), i.heldOn(), i.venue(), queries.sessions(i.programmeId()),
					EventCheckIns.zoneOf(i.provinceCode()), url, tickets.qrPayload(baseUrl, i.ticketCode()));
			try {
				sender.send(ticketMail.message(sender, from, ticket, locale));
				jdbc.sql("update participant set invited_at = :at where id = :id")
					.param("at", Timestamp.from(clock.instant()))
					.param("id", i.id())
					.update();
				sent++;
				io.micrometer.core.instrument.Metrics.counter("kombel.mails", "result", "sent").increment();
			}
			catch (MailException | jakarta.mail.MessagingException ex) {
				failed++; // the next round tries again: invited_at stays empty
				io.micrometer.core.instrument.Metrics.counter("kombel.mails", "result", "failed").increment();
				org.slf4j.LoggerFactory.getLogger(Invitations.class)
					.warn("ticket e-mail to participant {} not sent: {}", i.id(), ex.toString());
			}
		}
		return new Sent(sent, without, before, failed);
	}

}
