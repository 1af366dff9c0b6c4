package id.kombel.programmes.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import id.kombel.communities.FacilitatorRanking;
import id.kombel.programmes.Views.CertificateView;
import id.kombel.programmes.Views.CommitteeView;
import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.Views.ParticipantView;
import id.kombel.programmes.Views.ProgrammeView;
import id.kombel.programmes.Views.SpeakerView;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import tools.jackson.databind.JsonNode;
import id.kombel.programmes.checkin.CheckInBodies;
import id.kombel.programmes.crew.Crew;
import id.kombel.programmes.certificate.EventCertificates;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.programmes.report.EventReports;
import id.kombel.programmes.ticket.Invitations;
import id.kombel.programmes.roster.ParticipantImport;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.ProgrammeForm;
import id.kombel.programmes.report.ProgrammeReports;
import id.kombel.programmes.Programmes;

@RestController
@RequestMapping("/api/v1")
public class EventApiController {

	record ForEachRegency(@NotNull(message = "{validation.required}") LocalDate date, List<String> regencyCodes) {
	}

	private final Programmes programmes;

	private final ParticipantImport imports;

	private final Participants participants;

	private final EventCheckIns checkIns;

	private final EventCertificates certificates;

	private final Crew crew;

	private final ProgrammeReports reports;

	private final Invitations invitations;

	private final EventReports eventReports;

	EventApiController(Programmes programmes, ParticipantImport imports, Participants participants,
			EventCheckIns checkIns, EventCertificates certificates, Crew crew, ProgrammeReports reports,
			Invitations invitations, EventReports eventReports) {
		this.eventReports = eventReports;
		this.invitations = invitations;
		this.programmes = programmes;
		this.imports = imports;
		this.participants = participants;
		this.checkIns = checkIns;
		this.certificates = certificates;
		this.crew = crew;
		this.reports = reports;
	}

	@PostMapping("/programmes")
	ResponseEntity<ProgrammeView> create(KombelUser user, @Valid @RequestBody ProgrammeForm form) {
		ProgrammeView created = programmes.create(user, form);
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).body(created);
	}

	@GetMapping("/programmes")
	List<ProgrammeView> list(KombelUser user) {
		return programmes.list(user);
	}

	@GetMapping("/programmes/{id}")
	ProgrammeView one(KombelUser user, @PathVariable long id) {
		return programmes.get(user, id);
	}

	@PostMapping("/programmes/{id}/events:for-each-regency")
	ResponseEntity<List<EventView>> forEachRegency(KombelUser user, @PathVariable long id,
			@Valid @RequestBody ForEachRegency body) {
		List<EventView> created = programmes.createForEachRegency(user, id, body.date(), body.regencyCodes());
		return ResponseEntity.status(created.isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(created);
	}

	@GetMapping("/programmes/{id}/events")
	List<EventView> events(KombelUser user, @PathVariable long id) {
		return programmes.events(user, id);
	}

	@PostMapping(path = "/programmes/{id}/participants:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ParticipantImport.Outcome importProgramme(KombelUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) throws IOException {
		requireFile(file);
		return imports.importForProgramme(user, id, file.getOriginalFilename(), file.getBytes(), locale);
	}

	@PostMapping(path = "/events/{id}/participants:import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ParticipantImport.Outcome importEvent(KombelUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale) throws IOException {
		requireFile(file);
		return imports.importForEvent(user, id, file.getOriginalFilename(), file.getBytes(), locale);
	}

	private static void requireFile(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "events.import.empty");
		}
	}

	@GetMapping(path = "/imports/{id}/rejected.csv", produces = "text/csv")
	ResponseEntity<String> rejected(KombelUser user, @PathVariable long id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("baris-ditolak-" + id + ".csv").build().toString())
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(imports.rejectedFile(user, id));
	}

	@PostMapping("/programmes/{id}/invitations:send")
	Invitations.Sent inviteProgramme(KombelUser user, @PathVariable long id, Locale locale) {
		return invitations.sendForProgramme(user, id, base(), locale);
	}

	@PostMapping("/events/{id}/invitations:send")
	Invitations.Sent inviteEvent(KombelUser user, @PathVariable long id, Locale locale) {
		return invitations.sendForEvent(user, id, base(), locale);
	}

	@GetMapping("/programmes/{id}/speaker-candidates")
	List<FacilitatorRanking.Candidate> programmeCandidates(KombelUser user, @PathVariable long id) {
		return crew.candidatesOfProgramme(user, id);
	}

	@GetMapping("/programmes/{id}/report")
	ProgrammeReports.Report report(KombelUser user, @PathVariable long id) {
		return reports.report(user, id);
	}

	@GetMapping("/programmes/{id}/report.xlsx")
	ResponseEntity<byte[]> reportXlsx(KombelUser user, @PathVariable long id) throws IOException {
		return file(reports.xlsx(user, id), "laporan-program-" + id + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/programmes/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(KombelUser user, @PathVariable long id) {
		return file(reports.pdf(user, id), "laporan-program-" + id + ".pdf", "application/pdf");
	}

	@GetMapping("/events/{id}/report.xlsx")
	ResponseEntity<byte[]> eventXlsx(KombelUser user, @PathVariable long id) throws IOException {
		return file(eventReports.xlsx(user, id), "daftar-hadir-" + id + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/events/{id}/report.pdf")
	ResponseEntity<byte[]> eventPdf(KombelUser user, @PathVariable long id) {
		return file(eventReports.pdf(user, id), "daftar-hadir-" + id + ".pdf", "application/pdf");
	}

	@GetMapping("/events/{id}")
	EventView event(KombelUser user, @PathVariable long id) {
		return programmes.getEvent(user, id);
	}

	@PutMapping("/events/{id}")
	EventView updateEvent(KombelUser user, @PathVariable long id, @Valid @RequestBody EventForm form) {
		return programmes.updateEvent(user, id, form);
	}

	@GetMapping("/events/{id}/participants")
	List<ParticipantView> participants(KombelUser user, @PathVariable long id) {
		return participants.list(user, id);
	}

	@PostMapping("/events/{id}/participants")
	ResponseEntity<ParticipantView> walkIn(KombelUser user, @PathVariable long id,
			@RequestBody Participants.WalkIn body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(participants.addWalkIn(user, id, body));
	}

	/**
	 * One check-in: 201 new, 200 already checked in, 400 refused. Given an array (or
	 * {@code {"items":[...]}}) instead, the batch form: 200 with an answer per item.
	 */
	@PostMapping("/events/{id}/check-ins")
	ResponseEntity<?> checkIn(KombelUser user, @PathVariable long id, @RequestBody(required = false) JsonNode body,
			Locale locale) {
		if (CheckInBodies.isBatch(body)) {
			return ResponseEntity.ok(checkInBatch(user, id, body, locale));
		}
		EventCheckIns.Request r = CheckInBodies.request(body);
		// a check-in sent on its own happens now: only a queue replayed later carries its scan time
		EventCheckIns.Answer answer = checkIns.checkIn(user, id,
				new EventCheckIns.Request(r.key(), r.ticket(), r.session(), null, r.device()), locale);
		return ResponseEntity.status(answer.status() == EventCheckIns.Status.CHECKED_IN ? HttpStatus.CREATED : HttpStatus.OK)
			.body(answer);
	}

	/** Queued offline check-ins, answered in the shape they came: an array, or {@code {"results":[...]}}. */
	@PostMapping("/events/{id}/check-ins:batch")
	Object checkInBatch(KombelUser user, @PathVariable long id, @RequestBody JsonNode body, Locale locale) {
		List<EventCheckIns.Answer> answers = checkIns.checkInAll(user, id, CheckInBodies.items(body), locale);
		return body.isArray() ? answers : Map.of("results", answers);
	}

	@GetMapping("/events/{id}/committee")
	List<CommitteeView> committee(KombelUser user, @PathVariable long id) {
		return crew.committee(user, id);
	}

	@PostMapping("/events/{id}/committee")
	ResponseEntity<CommitteeView> addCommittee(KombelUser user, @PathVariable long id,
			@Valid @RequestBody Crew.CommitteeForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(crew.addCommittee(user, id, form));
	}

	@DeleteMapping("/events/{id}/committee/{memberId}")
	ResponseEntity<Void> removeCommittee(KombelUser user, @PathVariable long id, @PathVariable long memberId) {
		crew.removeCommittee(user, id, memberId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/events/{id}/speakers")
	List<SpeakerView> speakers(KombelUser user, @PathVariable long id) {
		return crew.speakers(user, id);
	}

	@PostMapping("/events/{id}/speakers")
	ResponseEntity<SpeakerView> addSpeaker(KombelUser user, @PathVariable long id,
			@Valid @RequestBody Crew.SpeakerForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(crew.addSpeaker(user, id, form));
	}

	@DeleteMapping("/events/{id}/speakers/{speakerId}")
	ResponseEntity<Void> removeSpeaker(KombelUser user, @PathVariable long id, @PathVariable long speakerId) {
		crew.removeSpeaker(user, id, speakerId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/events/{id}/speaker-candidates")
	List<FacilitatorRanking.Candidate> candidates(KombelUser user, @PathVariable long id) {
		return crew.candidates(user, id);
	}

	@PostMapping("/events/{id}/certificates:issue")
	List<CertificateView> issue(KombelUser user, @PathVariable long id) {
		return certificates.issue(user, id);
	}

	@GetMapping("/events/{id}/certificates")
	List<CertificateView> certificates(KombelUser user, @PathVariable long id) {
		return certificates.list(user, id);
	}

	@PostMapping("/events/{id}/certificates/{number}:revoke")
	CertificateView revoke(KombelUser user, @PathVariable long id, @PathVariable String number) {
		return certificates.revoke(user, id, number);
	}

	@GetMapping("/events/{id}/certificates/{number}.pdf")
	ResponseEntity<byte[]> certificatePdf(KombelUser user, @PathVariable long id, @PathVariable String number) {
		return file(certificates.pdfOf(user, id, number, base()), number + ".pdf", "application/pdf");
	}

	@GetMapping("/events/{id}/certificates.zip")
	ResponseEntity<byte[]> certificatesZip(KombelUser user, @PathVariable long id) throws IOException {
		return file(certificates.zip(user, id, base()), "sertifikat-acara-" + id + ".zip", "application/zip");
	}

	public static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	public static ResponseEntity<byte[]> file(byte[] bytes, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(bytes);
	}
}
