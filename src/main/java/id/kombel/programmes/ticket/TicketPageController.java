package id.kombel.programmes.ticket;

import java.util.Locale;

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

	TicketPageController(Participants participants, Tickets tickets, EventCertificates certificates,
			MessageSource messages) {
		this.participants = participants;
		this.tickets = tickets;
		this.certificates = certificates;
		this.messages = messages;
	}

	@GetMapping("/tickets/{code}")
	String ticket(@PathVariable String code, Model model, Locale locale) {
		Participants.Ticket t = participants.ticket(code);
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
	ResponseEntity<byte[]> certificate(@PathVariable String code) {
		return Downloads.file(certificates.pdfOfTicket(code, Downloads.base()), "sertifikat.pdf", "application/pdf");
	}

}
