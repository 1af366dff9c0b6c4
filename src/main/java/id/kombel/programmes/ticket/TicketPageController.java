package id.kombel.programmes.ticket;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import id.kombel.programmes.web.Downloads;
import id.kombel.programmes.certificate.EventCertificates;
import id.kombel.programmes.roster.Participants;
import id.kombel.shared.documents.QrCodes;
import id.kombel.shared.limits.RateLimit;
import id.kombel.shared.limits.RateLimiter;
import id.kombel.shared.web.NotFoundException;
import id.kombel.shared.web.TooManyAttemptsException;
import id.kombel.shared.web.ServiceWorkers;
import id.kombel.shared.web.WhatsApp;

/**
 * The participant's ticket, open to anyone who has its code: QR, short code, and a
 * WhatsApp link to share it.
 */
@Controller
class TicketPageController {

	private final Participants participants;

	private final Tickets tickets;

	private final EventCertificates certificates;

	private final MessageSource messages;

	/**
	 * Unknown ticket codes per client address, counted for the cluster: a ticket page is
	 * open to whoever has the code, so guessing codes must be slow. A participant opening
	 * their own ticket (a known code) is never counted.
	 */
	static final RateLimit CODE_GUESSES = new RateLimit("ticket-code", 30, Duration.ofMinutes(10));

	private final RateLimiter limiter;

	TicketPageController(Participants participants, Tickets tickets, EventCertificates certificates,
			MessageSource messages, RateLimiter limiter) {
		this.limiter = limiter;
		this.participants = participants;
		this.tickets = tickets;
		this.certificates = certificates;
		this.messages = messages;
	}

	@GetMapping("/tickets/{code}")
	String ticket(@PathVariable String code, Model model, Locale locale, HttpServletRequest request) {
		Participants.Ticket t = guarded(request, () -> participants.ticket(code));
		String base = Downloads.base();
		String url = base + "/tickets/" + t.code();
		String text = messages.getMessage("events.ticket.share-text",
				new Object[] { t.name(), t.programmeTitle(), t.regencyName(), t.display(), url }, locale);
		model.addAttribute("ticket", t);
		model.addAttribute("qr", QrCodes.svg(tickets.qrPayload(base, t.code())));
		// no phone number in the link: whoever holds the ticket's address must not learn
		// the holder's number
		model.addAttribute("whatsapp", WhatsApp.shareLink(text));
		return "programmes/ticket";
	}

	/** Keeps a ticket opened once for the venue door, where there is often no signal. */
	@GetMapping(path = "/tickets/sw.js", produces = "text/javascript")
	ResponseEntity<String> serviceWorker() {
		return ServiceWorkers.response(ServiceWorkers.OFFLINE_PAGES);
	}

	@GetMapping("/tickets/{code}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String code, HttpServletRequest request) {
		byte[] pdf = guarded(request, () -> certificates.pdfOfTicket(code, Downloads.base()));
		return Downloads.file(pdf, "sertifikat.pdf", "application/pdf");
	}

	private <T> T guarded(HttpServletRequest request, Supplier<T> lookup) {
		String client = request.getRemoteAddr();
		Optional<Duration> wait = limiter.blocked(CODE_GUESSES, client);
		if (wait.isPresent()) {
			throw new TooManyAttemptsException("events.ticket.too-many", wait.get());
		}
		try {
			return lookup.get();
		}
		catch (NotFoundException unknown) {
			limiter.hit(CODE_GUESSES, client);
			throw unknown;
		}
	}

}
