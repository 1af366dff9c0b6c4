package id.kombel.programmes.ticket;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Metrics;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.ConflictException;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.checkin.EventCheckIns;

/**
 * Sends each participant with an e-mail address their ticket, once. Without a mail server
 * ({@code spring.mail.host}) there is nothing to send with: the answer says so, and the
 * WhatsApp links on the event page remain the way to share tickets. A send that fails is
 * kept in the participant's row and tried again by {@link #retryDue} (a clustered job)
 * after a wait that doubles each time, until it goes or {@code kombel.mail.max-attempts}
 * are used up.
 */
@Service
class Invitations {

	private static final Logger log = LoggerFactory.getLogger(Invitations.class);

	/** What a round of invitations did. */
	public record Sent(int sent, int withoutEmail, int invitedBefore, int failed) {
	}

	private record Invitee(long id, String name, String email, String ticketCode, String title, String regencyCode,
			java.time.LocalDate heldOn, String venue, Timestamp invitedAt, long programmeId, String provinceCode,
			int mailAttempts, String mailBaseUrl, String mailLanguage) {
	}

	private static final String INVITEES = """
			select x.id, x.name, x.email, x.ticket_code, p.title, e.regency_code, e.held_on, e.venue, x.invited_at,
			       p.id as programme_id, p.province_code, x.mail_attempts, x.mail_base_url, x.mail_language
			from participant x join programme_event e on e.id = x.event_id join programme p on p.id = x.programme_id
			where\s""";

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	private final ObjectProvider<JavaMailSender> mail;

	private final Clock clock;

	private final String from;

	private final TicketMail ticketMail;

	private final Tickets tickets;

	private final int maxAttempts;

	private final Duration firstWait;

	Invitations(JdbcClient jdbc, ProgrammeQueries queries, ProgrammePolicy policy, ObjectProvider<JavaMailSender> mail,
			TicketMail ticketMail, Tickets tickets, Clock clock,
			@Value("${kombel.mail.from:no-reply@kombel.id}") String from,
			@Value("${kombel.mail.max-attempts:6}") int maxAttempts,
			@Value("${kombel.mail.first-retry-after:PT2M}") Duration firstWait) {
		this.ticketMail = ticketMail;
		this.tickets = tickets;
		this.jdbc = jdbc;
		this.queries = queries;
		this.policy = policy;
		this.mail = mail;
		this.clock = clock;
		this.from = from;
		this.maxAttempts = maxAttempts;
		this.firstWait = firstWait;
	}

	public Sent sendForProgramme(KombelUser user, long programmeId, String baseUrl, Locale locale) {
		policy.requireStaff(user, programmeId);
		return logged("programme", programmeId, user, send("x.programme_id = :id", programmeId, baseUrl, locale));
	}

	public Sent sendForEvent(KombelUser user, long eventId, String baseUrl, Locale locale) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		return logged("event", eventId, user, send("x.event_id = :id", eventId, baseUrl, locale));
	}

	private static Sent logged(String what, long id, KombelUser user, Sent sent) {
		log.info("Ticket invitations for {} {} by account {}: {} sent, {} without e-mail, {} sent before, {} failed",
				what, id, user.accountId(), sent.sent(), sent.withoutEmail(), sent.invitedBefore(), sent.failed());
		return sent;
	}

	private Sent send(String where, long id, String baseUrl, Locale locale) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new ConflictException("mail", "events.invite.no-mail");
		}
		List<Invitee> invitees = jdbc.sql(INVITEES + where + " order by x.id")
			.param("id", id)
			.query(Invitee.class)
			.list();
		int sent = 0;
		int without = 0;
		int before = 0;
		int failed = 0;
		for (Invitee i : invitees) {
			if (i.email() == null) {
				without++;
			}
			else if (i.invitedAt() != null) {
				before++;
			}
			// staff asking again is a fresh start: the attempts count from one
			else if (deliver(sender, i, baseUrl, locale, 1)) {
				sent++;
			}
			else {
				failed++;
			}
		}
		return new Sent(sent, without, before, failed);
	}

	/**
	 * Tries again the tickets whose wait is over (at most {@code limit}); the number
	 * sent.
	 */
	int retryDue(int limit) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<Invitee> due = jdbc
			.sql(INVITEES + "x.invited_at is null and x.email is not null and x.mail_next_attempt_at <= :now"
					+ " order by x.mail_next_attempt_at, x.id limit :limit")
			.param("now", Timestamp.from(clock.instant()))
			.param("limit", limit)
			.query(Invitee.class)
			.list();
		int sent = 0;
		for (Invitee i : due) {
			Locale locale = i.mailLanguage() == null ? Locale.forLanguageTag("id")
					: Locale.forLanguageTag(i.mailLanguage());
			if (deliver(sender, i, i.mailBaseUrl(), locale, i.mailAttempts() + 1)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean deliver(JavaMailSender sender, Invitee i, String baseUrl, Locale locale, int attempt) {
		String url = baseUrl + "/tickets/" + i.ticketCode();
		TicketMail.Ticket ticket = new TicketMail.Ticket(i.name(), i.email(), i.ticketCode(), i.title(),
				queries.regionName(i.regencyCode()), i.heldOn(), i.venue(), queries.sessions(i.programmeId()),
				EventCheckIns.zoneOf(i.provinceCode()), url, tickets.qrPayload(baseUrl, i.ticketCode()));
		try {
			sender.send(ticketMail.message(sender, from, ticket, locale));
			jdbc.sql("""
					update participant set invited_at = :at, mail_attempts = :attempt, mail_next_attempt_at = null,
					       mail_given_up_at = null, mail_error = null
					where id = :id""")
				.param("at", Timestamp.from(clock.instant()))
				.param("attempt", attempt)
				.param("id", i.id())
				.update();
			Metrics.counter("kombel.mails", "result", "sent").increment();
			if (attempt > 1) {
				log.info("Ticket e-mail to participant {} sent at attempt {}", i.id(), attempt);
			}
			return true;
		}
		catch (MailException | jakarta.mail.MessagingException ex) {
			failed(i.id(), attempt, ex, baseUrl, locale);
			return false;
		}
	}

	/** Keeps the failure, and when to try again (or that it was given up). */
	private void failed(long id, int attempt, Exception ex, String baseUrl, Locale locale) {
		Instant now = clock.instant();
		boolean giveUp = attempt >= maxAttempts;
		// 2, 4, 8 … minutes by default, never more than six hours apart
		Duration wait = firstWait.multipliedBy(1L << Math.min(attempt - 1, 20));
		Instant next = giveUp ? null : now.plus(wait.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : wait);
		String cause = cause(ex);
		jdbc.sql(
				"""
						update participant set mail_attempts = :attempt, mail_next_attempt_at = :next, mail_given_up_at = :gaveUp,
						       mail_error = :error, mail_base_url = :base, mail_language = :language
						where id = :id""")
			.param("attempt", attempt)
			.param("next", next == null ? null : Timestamp.from(next))
			.param("gaveUp", giveUp ? Timestamp.from(now) : null)
			.param("error", cause.length() > 300 ? cause.substring(0, 300) : cause)
			.param("base", baseUrl)
			.param("language", locale.toLanguageTag())
			.param("id", id)
			.update();
		Metrics.counter("kombel.mails", "result", giveUp ? "given-up" : "failed").increment();
		if (giveUp) {
			log.warn("Ticket e-mail to participant {} given up after {} attempts: {}", id, attempt, cause);
		}
		else {
			log.warn("Ticket e-mail to participant {} not sent (attempt {} of {}, next at {}): {}", id, attempt,
					maxAttempts, next, cause);
		}
	}

	/**
	 * What went wrong, without the addresses a mail exception may carry: the deepest
	 * cause's type and message (e.g. "ConnectException: Connection refused").
	 */
	static String cause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : ": " + root.getMessage().replaceAll("\\S+@\\S+", "…");
		return root.getClass().getSimpleName() + message;
	}

}
