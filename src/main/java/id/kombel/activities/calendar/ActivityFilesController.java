package id.kombel.activities.calendar;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.kombel.shared.web.PublicAddress;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityPolicy;
import id.kombel.shared.access.CurrentUserArgumentResolver;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.documents.QrCodes;
import id.kombel.shared.web.NotFoundException;
import id.kombel.activities.Activities;
import id.kombel.activities.activity.Activity;
import id.kombel.activities.activity.ActivityAgenda;
import id.kombel.activities.activity.ActivityRepository;
import id.kombel.activities.ActivityView;
import id.kombel.activities.certificate.CertificateView;
import id.kombel.activities.Closing;

/**
 * Files and public pages: calendar entries and feeds (subscribable without signing in, so
 * the meeting link is added only for members), the check-in QR, certificates and their
 * verification.
 */
@Controller
class ActivityFilesController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Activities activities;

	private final ActivityRepository repository;

	private final Closing closing;

	private final Communities communities;

	private final CommunityPolicy communityPolicy;

	private final Documents documents;

	private final ActivityAgenda agenda;

	ActivityFilesController(Activities activities, ActivityRepository repository, Closing closing,
			Communities communities, CommunityPolicy communityPolicy, Documents documents, ActivityAgenda agenda) {
		this.communityPolicy = communityPolicy;
		this.agenda = agenda;
		this.activities = activities;
		this.repository = repository;
		this.closing = closing;
		this.communities = communities;
		this.documents = documents;
	}

	@GetMapping("/activities/{id}.ics")
	ResponseEntity<String> activityCalendar(@PathVariable long id) {
		Activity activity = activities.load(id);
		String body = documents.calendar(communities.nameOf(activity.communityId()), List.of(activity), base(),
				isMember(activity.communityId()));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kegiatan-" + id + ".ics\"")
			.body(body);
	}

	/**
	 * Anyone may subscribe; members see agendas and meeting links when signed in, or
	 * through their personal signed address (calendar apps fetch feeds without signing
	 * in).
	 */
	@GetMapping("/communities/{id}/calendar.ics")
	ResponseEntity<String> communityCalendar(@PathVariable long id, @RequestParam(required = false) Long member,
			@RequestParam(required = false) String key) {
		String name = communities.nameOf(id);
		if (name.isEmpty()) {
			throw new NotFoundException("community " + id);
		}
		boolean forMembers = member != null && agenda.feedSignedFor(id, member, key)
				? communities.activeMembers(id).stream().anyMatch(m -> m.accountId() == member) : isMember(id);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=900")
			.body(documents.calendar(name, repository.findByCommunityIdOrderByStartsAtDesc(id), base(), forMembers));
	}

	/** The QR a facilitator shows: it opens the check-in page with the code filled in. */
	@GetMapping(path = "/activities/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> checkInQr(KombelUser user, @PathVariable long id) {
		ActivityView activity = activities.get(user, id);
		if (activity.checkInCode() == null) {
			throw new NotFoundException("check-in code");
		}
		byte[] png = QrCodes.png(base() + "/activities/" + id + "/check-in?code=" + activity.checkInCode(), 220);
		return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(png);
	}

	@GetMapping(path = "/activities/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(KombelUser user, @PathVariable long id) {
		CertificateView certificate = closing.myCertificate(user, id);
		byte[] pdf = documents.certificate(certificate, base() + "/certificates/" + certificate.number());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("sertifikat-" + certificate.number() + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	private boolean isMember(long communityId) {
		Optional<KombelUser> user = CurrentUserArgumentResolver.current();
		return user.isPresent() && communityPolicy.may(user.get(), CommunityPolicy.Action.PARTICIPATE, communityId);
	}

	private static String base() {
		return PublicAddress.base();
	}

}
