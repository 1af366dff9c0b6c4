package id.kombel.programmes.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.programmes.ProgrammeEvent;
import id.kombel.programmes.Programme;
import id.kombel.programmes.roster.Participant;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.certificates.CertificateRegistry;
import id.kombel.shared.certificates.VerifiedCertificate;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.programmes.crew.Crew;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.ticket.Tickets;

/**
 * Certificates of a local event: participants who attended enough sessions (the
 * programme's rule), the committee and the speakers, each with the programme's training
 * hours (JP). Numbers start with {@code BT-} so the public page tells them from community
 * activities' {@code KB-}. A revoked certificate stays verifiable as revoked; issuing
 * again gives the holder a new number.
 */
@Service
@Transactional(readOnly = true)
public class EventCertificates implements CertificateRegistry {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EventCertificates.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	record Stored(long id, String number, long eventId, HolderRole holderRole, long holderId, String holderName,
			int hours, Timestamp issuedAt, Timestamp revokedAt) {

		EventCertificate view() {
			return new EventCertificate(number, holderName, holderRole, eventId, hours, issuedAt.toInstant(),
					revokedAt == null ? null : revokedAt.toInstant());
		}
	}

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	private final Participants participants;

	private final Crew crew;

	private final CertificatePdf pdf;

	private final MessageSource messages;

	private final Clock clock;

	private final CertificateSigning signing;

	EventCertificates(JdbcClient jdbc, ProgrammeQueries queries, ProgrammePolicy policy, Participants participants,
			Crew crew, CertificatePdf pdf, MessageSource messages, Clock clock, CertificateSigning signing) {
		this.signing = signing;
		this.jdbc = jdbc;
		this.queries = queries;
		this.policy = policy;
		this.participants = participants;
		this.crew = crew;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Issues what is due and not yet held; answers every valid certificate of the event.
	 */
	@Transactional
	public List<EventCertificate> issue(KombelUser user, long eventId) {
		ProgrammeEvent e = policy.require(user, ProgrammeAction.RUN, eventId);
		LocalDate today = LocalDate.now(clock.withZone(EventCheckIns.zoneOf(e.regencyCode().substring(0, 2))));
		if (e.heldOn() != null && e.heldOn().isAfter(today)) {
			// committee and speakers qualify by their role alone: they would hold one for
			// an event not yet held
			throw InvalidInputException.of("date", "events.certificates.before-event", e.heldOn());
		}
		Programme p = queries.programme(e.programmeId());
		int needed = Math.min(p.minSessions(), queries.sessions(p.id()).size());
		Set<String> holding = new HashSet<>();
		valid(eventId).forEach(c -> holding.add(c.holderRole() + ":" + c.holderId()));
		Timestamp now = Timestamp.from(clock.instant());
		int before = holding.size();
		for (Participant x : participants.list(eventId)) {
			if (new HashSet<>(x.sessions()).size() >= needed) {
				issueOne(e, HolderRole.PARTICIPANT, x.id(), x.name(), p.hours(), holding, now);
			}
		}
		crew.committee(eventId)
			.forEach(c -> issueOne(e, HolderRole.COMMITTEE, c.id(), c.name(), p.hours(), holding, now));
		crew.speakers(eventId).forEach(s -> issueOne(e, HolderRole.SPEAKER, s.id(), s.name(), p.hours(), holding, now));
		log.info("Event {} of programme {}: {} certificates issued (BT-) by account {}, {} valid in all", eventId,
				p.id(), holding.size() - before, user.accountId(), holding.size());
		return valid(eventId).stream().map(Stored::view).toList();
	}

	private void issueOne(ProgrammeEvent e, HolderRole role, long holderId, String name, int hours, Set<String> holding,
			Timestamp now) {
		if (!holding.add(role + ":" + holderId)) {
			return;
		}
		jdbc.sql("""
				insert into event_certificate (number, event_id, holder_role, holder_id, holder_name, hours, issued_at)
				values (:n, :e, :r, :h, :name, :hours, :at)""")
			.param("n", newNumber(e.heldOn()))
			.param("e", e.id())
			.param("r", role.name())
			.param("h", holderId)
			.param("name", name)
			.param("hours", hours)
			.param("at", now)
			.update();
	}

	/** BT-yy-XXXXXX: event year and six random characters, no look-alikes. */
	static String newNumber(LocalDate heldOn) {
		StringBuilder b = new StringBuilder("BT-").append(String.format("%02d", heldOn.getYear() % 100)).append('-');
		for (int i = 0; i < 7; i++) {
			b.append(Tickets.ALPHABET.charAt(RANDOM.nextInt(Tickets.ALPHABET.length())));
		}
		return b.toString();
	}

	public List<EventCertificate> list(KombelUser user, long eventId) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		return jdbc.sql("select * from event_certificate where event_id = :e order by holder_role, holder_name")
			.param("e", eventId)
			.query(Stored.class)
			.list()
			.stream()
			.map(Stored::view)
			.toList();
	}

	private List<Stored> valid(long eventId) {
		return jdbc
			.sql("""
					select * from event_certificate where event_id = :e and revoked_at is null order by holder_role, holder_name""")
			.param("e", eventId)
			.query(Stored.class)
			.list();
	}

	@Transactional
	public EventCertificate revoke(KombelUser user, long eventId, String number) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		Stored c = stored(number).filter(s -> s.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("certificate " + number));
		int revoked = jdbc.sql("update event_certificate set revoked_at = :at where id = :id and revoked_at is null")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", c.id())
			.update();
		if (revoked > 0) {
			log.info("Certificate {} of event {} revoked by account {}", c.number(), eventId, user.accountId());
		}
		return stored(number).orElseThrow().view();
	}

	private Optional<Stored> stored(String number) {
		return jdbc.sql("select * from event_certificate where number = :n")
			.param("n", number.strip().toUpperCase(Locale.ROOT))
			.query(Stored.class)
			.optional();
	}

	@Override
	public Optional<VerifiedCertificate> find(String number, Locale locale) {
		if (!number.startsWith("BT-")) {
			return Optional.empty();
		}
		return stored(number).map(c -> {
			ProgrammeEvent e = queries.event(c.eventId());
			CertificateSigning.Applied s = signing.applied(e);
			// the organiser and where and when it was issued; never the signatory's NIP
			return new VerifiedCertificate(c.number(), c.holderName(),
					messages.getMessage("events.role." + c.holderRole(), null, locale),
					e.programmeTitle() + " — " + queries.regionName(e.regencyCode()), s.organiser(), e.heldOn(),
					c.hours(), c.issuedAt().toInstant(), c.revokedAt() != null, s.place(), issuedOn(c, e));
		});
	}

	/** One certificate as PDF, for staff of the event. */
	public byte[] pdfOf(KombelUser user, long eventId, String number, String baseUrl) {
		policy.require(user, ProgrammeAction.RUN, eventId);
		Stored c = stored(number).filter(s -> s.eventId() == eventId)
			.orElseThrow(() -> new NotFoundException("certificate " + number));
		return render(c, baseUrl);
	}

	/** A participant's own certificate, reached through their ticket. */
	public byte[] pdfOfTicket(String ticketCode, String baseUrl) {
		Participants.Ticket t = participants.ticket(ticketCode);
		if (t.certificateNumber() == null) {
			throw new NotFoundException("certificate of ticket");
		}
		return render(stored(t.certificateNumber()).orElseThrow(), baseUrl);
	}

	/** Every valid certificate of the event, one PDF each, in one zip. */
	public byte[] zip(KombelUser user, long eventId, String baseUrl) throws IOException {
		policy.require(user, ProgrammeAction.RUN, eventId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			Set<String> names = new HashSet<>();
			for (Stored c : valid(eventId)) {
				String base = c.holderName().replaceAll("[^\\p{L}\\p{N} .,-]", "").strip();
				String name = c.number() + " " + base + ".pdf";
				if (names.add(name)) {
					zip.putNextEntry(new ZipEntry(name));
					zip.write(render(c, baseUrl));
					zip.closeEntry();
				}
			}
		}
		return out.toByteArray();
	}

	private byte[] render(Stored c, String baseUrl) {
		ProgrammeEvent e = queries.event(c.eventId());
		Map<String, String> roles = Map.of("PARTICIPANT", "peserta", "COMMITTEE", "panitia", "SPEAKER", "narasumber");
		return pdf.render(new CertificatePdf.Content(c.number(), c.holderName(), roles.get(c.holderRole().name()),
				e.programmeTitle(), queries.regionName(e.regencyCode()), e.venue(), e.heldOn(), c.hours(),
				baseUrl + "/certificates/" + c.number(), c.revokedAt() != null, signing.applied(e), issuedOn(c, e)));
	}

	/** The day of issue where the event is held (WIB, WITA or WIT). */
	private static LocalDate issuedOn(Stored c, ProgrammeEvent e) {
		return LocalDate.ofInstant(c.issuedAt().toInstant(), EventCheckIns.zoneOf(e.provinceCode()));
	}

}
