package id.kombel.programmes.programme;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import id.kombel.programmes.ticket.UndeliveredTickets;
import id.kombel.programmes.web.Downloads;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.Programmes;
import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.roster.Participant;
import id.kombel.programmes.Views.ProgrammeView;
import id.kombel.programmes.certificate.CertificateSigning;
import id.kombel.programmes.certificate.EventCertificates;
import id.kombel.programmes.crew.CommitteeKind;
import id.kombel.programmes.crew.Crew;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.ticket.Tickets;
import id.kombel.regions.Regions;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.PageForms;
import id.kombel.shared.web.WhatsApp;

/**
 * The programme page and the event page, filled for whichever controller shows them:
 * after an import or a round of invitations, the page is shown again with the outcome on
 * it.
 */
@Component
public class ProgrammePages {

	private final Programmes programmes;

	private final ProgrammePolicy policy;

	private final Participants participants;

	private final Crew crew;

	private final EventCertificates certificates;

	private final Regions regions;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> mail;

	private final UndeliveredTickets undelivered;

	private final CertificateSigning signing;

	ProgrammePages(Programmes programmes, ProgrammePolicy policy, Participants participants, Crew crew,
			EventCertificates certificates, Regions regions, MessageSource messages,
			ObjectProvider<JavaMailSender> mail, UndeliveredTickets undelivered, CertificateSigning signing) {
		this.undelivered = undelivered;
		this.signing = signing;
		this.mail = mail;
		this.programmes = programmes;
		this.policy = policy;
		this.participants = participants;
		this.crew = crew;
		this.certificates = certificates;
		this.regions = regions;
		this.messages = messages;
	}

	public String programme(KombelUser user, long id, Model model) {
		ProgrammeView programme = programmes.get(user, id);
		List<EventView> events = programmes.events(user, id);
		Set<String> held = new HashSet<>();
		events.forEach(e -> held.add(e.regencyCode()));
		model.addAttribute("programme", programme);
		model.addAttribute("events", events);
		model.addAttribute("signing", signing.ofProgramme(user, id));
		// without a mail server (spring.mail.host) the e-mail button could only answer a
		// refusal: WhatsApp is offered instead
		model.addAttribute("canMail", mail.getIfAvailable() != null);
		// the tickets whose e-mail failed, for staff to share another way
		model.addAttribute("undelivered",
				policy.runsIn(user, programme.provinceCode()) ? undelivered.ofProgramme(user, id) : List.of());
		model.addAttribute("openRegencies",
				regions.children(programme.provinceCode()).stream().filter(r -> !held.contains(r.code())).toList());
		return "programmes/programme";
	}

	/** The programme page again after one of its forms was refused, its errors listed. */
	public String programme(KombelUser user, long id, Model model, BindingResult refused, Locale locale) {
		PageForms.listErrors(refused, model, messages, locale);
		return programme(user, id, model);
	}

	/** The event page again after one of its forms was refused, its errors listed. */
	public String event(KombelUser user, long id, Model model, BindingResult refused, Locale locale) {
		PageForms.listErrors(refused, model, messages, locale);
		return event(user, id, model, locale);
	}

	public String event(KombelUser user, long id, Model model, Locale locale) {
		EventView event = programmes.getEvent(user, id);
		boolean staff = policy.may(user, ProgrammeAction.RUN, id);
		model.addAttribute("event", event);
		model.addAttribute("staff", staff);
		List<Participant> list = participants.list(user, id);
		model.addAttribute("participants", list);
		model.addAttribute("whatsapp", whatsappLinks(event, list, locale));
		model.addAttribute("committee", crew.committee(user, id));
		model.addAttribute("speakers", crew.speakers(user, id));
		model.addAttribute("committeeKinds", CommitteeKind.values());
		if (staff) {
			model.addAttribute("candidates", crew.candidates(user, id));
			model.addAttribute("certificates", certificates.list(user, id));
			model.addAttribute("signing", signing.ofEvent(user, id));
		}
		return "programmes/event";
	}

	/** A WhatsApp message to each participant with a phone, carrying their ticket. */
	private Map<Long, String> whatsappLinks(EventView event, List<Participant> list, Locale locale) {
		String base = Downloads.base();
		Map<Long, String> links = new HashMap<>();
		for (Participant x : list) {
			if (x.phone() != null) {
				String text = messages.getMessage("events.ticket.share-text",
						new Object[] { x.name(), event.programmeTitle(), event.regencyName(),
								Tickets.display(x.ticketCode()), base + "/tickets/" + x.ticketCode() },
						locale);
				links.put(x.id(), WhatsApp.messageLink(x.phone(), text));
			}
		}
		return links;
	}

}
