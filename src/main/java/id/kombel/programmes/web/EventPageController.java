package id.kombel.programmes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.Views.ParticipantView;
import id.kombel.programmes.Views.ProgrammeView;
import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.WhatsApp;
import id.kombel.programmes.crew.CommitteeKind;
import id.kombel.programmes.crew.Crew;
import id.kombel.programmes.certificate.EventCertificates;
import id.kombel.programmes.report.EventReports;
import id.kombel.programmes.ticket.Invitations;
import id.kombel.programmes.roster.ParticipantImport;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.ProgrammeForm;
import id.kombel.programmes.ProgrammeKind;
import id.kombel.programmes.report.ProgrammeReports;
import id.kombel.programmes.Programmes;
import id.kombel.programmes.ticket.Tickets;
import id.kombel.programmes.checkin.VenueCheckInController;

/** The pages of programme staff and local committees (the venue's check-in: {@link VenueCheckInController}). */
@Controller
class EventPageController {

	record NewProgramme(String title, ProgrammeKind kind, String provinceCode, Integer targetParticipants,
			Integer hours, Integer minSessions, String agenda) {
	}

	private final Programmes programmes;

	private final ParticipantImport imports;

	private final Participants participants;

	private final EventCertificates certificates;

	private final Crew crew;

	private final ProgrammeReports reports;

	private final Regions regions;

	private final Invitations invitations;

	private final EventReports eventReports;

	private final Validator validator;

	private final MessageSource messages;

	EventPageController(Validator validator, MessageSource messages, Programmes programmes, ParticipantImport imports, Participants participants,
			EventCertificates certificates, Crew crew, ProgrammeReports reports,
			Regions regions, Invitations invitations, EventReports eventReports) {
		this.eventReports = eventReports;
		this.invitations = invitations;
		this.validator = validator;
		this.messages = messages;
		this.programmes = programmes;
		this.imports = imports;
		this.participants = participants;
		this.certificates = certificates;
		this.crew = crew;
		this.reports = reports;
		this.regions = regions;
	}

	@GetMapping("/programmes")
	String list(KombelUser user, Model model) {
		model.addAttribute("programmes", programmes.list(user));
		model.addAttribute("myEvents", programmes.eventsOfCommittee(user));
		model.addAttribute("runs", Programmes.runsProgrammes(user));
		model.addAttribute("kinds", ProgrammeKind.values());
		model.addAttribute("provinces", regions.byLevel(RegionLevel.PROVINCE)
			.stream()
			.filter(p -> Programmes.isStaff(user, p.code()))
			.toList());
		return "events/programmes";
	}

	@PostMapping("/programmes")
	String create(KombelUser user, NewProgramme form) {
		ProgrammeForm data = new ProgrammeForm(form.title(), form.kind(), form.provinceCode(),
				form.targetParticipants(), form.hours(), form.minSessions(), AgendaText.parse(form.agenda()));
		Set<ConstraintViolation<ProgrammeForm>> violations = validator.validate(data);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		ProgrammeView created = programmes.create(user, data);
		return "redirect:/programmes/" + created.id();
	}

	@GetMapping("/programmes/{id}")
	String programme(KombelUser user, @PathVariable long id, Model model) {
		ProgrammeView programme = programmes.get(user, id);
		List<EventView> events = programmes.events(user, id);
		Set<String> held = new HashSet<>();
		events.forEach(e -> held.add(e.regencyCode()));
		model.addAttribute("programme", programme);
		model.addAttribute("events", events);
		model.addAttribute("openRegencies",
				regions.children(programme.provinceCode()).stream().filter(r -> !held.contains(r.code())).toList());
		return "events/programme";
	}

	@PostMapping("/programmes/{id}/events")
	String forEachRegency(KombelUser user, @PathVariable long id, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) List<String> regencyCodes) {
		programmes.createForEachRegency(user, id, date, regencyCodes);
		return "redirect:/programmes/" + id;
	}

	@PostMapping("/programmes/{id}/invitations")
	String invite(KombelUser user, @PathVariable long id, Model model, Locale locale) {
		model.addAttribute("invited", invitations.sendForProgramme(user, id, EventApiController.base(), locale));
		return programme(user, id, model);
	}

	@PostMapping("/programmes/{id}/import")
	String importProgramme(KombelUser user, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		requireFile(file);
		model.addAttribute("outcome", imports.importForProgramme(user, id, file.getOriginalFilename(), file.getBytes(), locale));
		return programme(user, id, model);
	}

	@GetMapping("/programmes/{id}/report")
	String report(KombelUser user, @PathVariable long id, Model model) {
		ProgrammeReports.Report report = reports.report(user, id);
		model.addAttribute("report", report);
		model.addAttribute("max", Math.max(1, report.regencies().stream().mapToInt(ProgrammeReports.RegencyRow::registered).max().orElse(1)));
		model.addAttribute("candidates", crew.candidatesOfProgramme(user, id));
		return "events/report";
	}

	@GetMapping("/programmes/{id}/report.xlsx")
	ResponseEntity<byte[]> reportXlsx(KombelUser user, @PathVariable long id) throws IOException {
		return EventApiController.file(reports.xlsx(user, id), "laporan-program-" + id + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/programmes/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(KombelUser user, @PathVariable long id) {
		return EventApiController.file(reports.pdf(user, id), "laporan-program-" + id + ".pdf", "application/pdf");
	}

	@GetMapping("/events/{id}")
	String event(KombelUser user, @PathVariable long id, Model model, Locale locale) {
		EventView event = programmes.getEvent(user, id);
		Programmes.Event e = programmes.event(id);
		boolean staff = Programmes.isStaff(user, e.provinceCode());
		model.addAttribute("event", event);
		model.addAttribute("staff", staff);
		List<ParticipantView> list = participants.list(user, id);
		model.addAttribute("participants", list);
		model.addAttribute("whatsapp", whatsappLinks(event, list, locale));
		model.addAttribute("committee", crew.committee(user, id));
		model.addAttribute("speakers", crew.speakers(user, id));
		model.addAttribute("committeeKinds", CommitteeKind.values());
		if (staff) {
			model.addAttribute("candidates", crew.candidates(user, id));
			model.addAttribute("certificates", certificates.list(user, id));
		}
		return "events/event";
	}

	/** A WhatsApp message to each participant with a phone, carrying their ticket. */
	private Map<Long, String> whatsappLinks(EventView event, List<ParticipantView> list, Locale locale) {
		String base = EventApiController.base();
		Map<Long, String> links = new HashMap<>();
		for (ParticipantView x : list) {
			if (x.phone() != null) {
				String text = messages.getMessage("events.ticket.share-text", new Object[] { x.name(),
						event.programmeTitle(), event.regencyName(), Tickets.display(x.ticketCode()),
						base + "/tickets/" + x.ticketCode() }, locale);
				links.put(x.id(), WhatsApp.messageLink(x.phone(), text));
			}
		}
		return links;
	}

	@GetMapping("/events/{id}/report.xlsx")
	ResponseEntity<byte[]> eventXlsx(KombelUser user, @PathVariable long id) throws IOException {
		return EventApiController.file(eventReports.xlsx(user, id), "daftar-hadir-" + id + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/events/{id}/report.pdf")
	ResponseEntity<byte[]> eventPdf(KombelUser user, @PathVariable long id) {
		return EventApiController.file(eventReports.pdf(user, id), "daftar-hadir-" + id + ".pdf", "application/pdf");
	}

	@PostMapping("/events/{id}")
	String update(KombelUser user, @PathVariable long id, @Valid EventForm form) {
		programmes.updateEvent(user, id, form);
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id}/committee")
	String addCommittee(KombelUser user, @PathVariable long id, @Valid Crew.CommitteeForm form) {
		crew.addCommittee(user, id, form);
		return "redirect:/events/" + id + "#committee";
	}

	@PostMapping("/events/{id}/committee/{memberId}/remove")
	String removeCommittee(KombelUser user, @PathVariable long id, @PathVariable long memberId) {
		crew.removeCommittee(user, id, memberId);
		return "redirect:/events/" + id + "#committee";
	}

	@PostMapping("/events/{id}/speakers")
	String addSpeaker(KombelUser user, @PathVariable long id, @Valid Crew.SpeakerForm form) {
		crew.addSpeaker(user, id, form);
		return "redirect:/events/" + id + "#speakers";
	}

	@PostMapping("/events/{id}/speakers/{speakerId}/remove")
	String removeSpeaker(KombelUser user, @PathVariable long id, @PathVariable long speakerId) {
		crew.removeSpeaker(user, id, speakerId);
		return "redirect:/events/" + id + "#speakers";
	}

	@PostMapping("/events/{id}/walk-ins")
	String walkIn(KombelUser user, @PathVariable long id, Participants.WalkIn form) {
		participants.addWalkIn(user, id, form);
		return "redirect:/events/" + id + "#participants";
	}

	@PostMapping("/events/{id}/import")
	String importEvent(KombelUser user, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			Model model, Locale locale) throws IOException {
		requireFile(file);
		model.addAttribute("outcome", imports.importForEvent(user, id, file.getOriginalFilename(), file.getBytes(), locale));
		return event(user, id, model, locale);
	}

	@PostMapping("/events/{id}/certificates")
	String issue(KombelUser user, @PathVariable long id) {
		certificates.issue(user, id);
		return "redirect:/events/" + id + "#certificates";
	}

	@PostMapping("/events/{id}/certificates/{number}/revoke")
	String revoke(KombelUser user, @PathVariable long id, @PathVariable String number) {
		certificates.revoke(user, id, number);
		return "redirect:/events/" + id + "#certificates";
	}

	@GetMapping("/events/{id}/certificates/{number}.pdf")
	ResponseEntity<byte[]> certificate(KombelUser user, @PathVariable long id, @PathVariable String number) {
		return EventApiController.file(certificates.pdfOf(user, id, number, EventApiController.base()), number + ".pdf",
				"application/pdf");
	}

	@GetMapping("/events/{id}/certificates.zip")
	ResponseEntity<byte[]> certificates(KombelUser user, @PathVariable long id) throws IOException {
		return EventApiController.file(certificates.zip(user, id, EventApiController.base()),
				"sertifikat-acara-" + id + ".zip", "application/zip");
	}

	/**
	 * A roster to fill in, with the headers the import knows best. No example row: a forgotten
	 * example would register someone (an example NUPTK may well be a real person's).
	 */
	@GetMapping(path = "/programmes/roster-template.csv")
	ResponseEntity<String> rosterTemplate() {
		String csv = "\uFEFFNo;Nama Lengkap;NUPTK;NIP;Jenjang;Nama Sekolah;NPSN;Kabupaten/Kota;No HP;Email;Komunitas\n";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("contoh-daftar-peserta.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv);
	}

	@GetMapping(path = "/imports/{id}/rejected.csv")
	ResponseEntity<String> rejected(KombelUser user, @PathVariable long id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("baris-ditolak-" + id + ".csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(imports.rejectedFile(user, id));
	}

	private static void requireFile(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "events.import.empty");
		}
	}
}
