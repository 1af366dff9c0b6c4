package id.kombel.activities;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.communities.Communities;
import id.kombel.communities.MemberRole;
import id.kombel.communities.MemberView;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.activities.activity.Activity;
import id.kombel.activities.activity.ActivityRepository;
import id.kombel.activities.attendance.AttendanceRepository;
import id.kombel.activities.certificate.Certificate;
import id.kombel.activities.certificate.CertificateRepository;
import id.kombel.activities.certificate.CertificateView;
import id.kombel.activities.reflection.Reflection;
import id.kombel.activities.reflection.ReflectionForm;
import id.kombel.activities.reflection.ReflectionRepository;

/** After an activity: reflections, closing, and the certificates of those present. */
@Service
@Transactional(readOnly = true)
public class Closing {

	/** Certificate numbers avoid letters that read alike (0/O, 1/I/L). */
	private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final Activities activities;

	private final AttendanceRepository attendance;

	private final ReflectionRepository reflections;

	private final CertificateRepository certificates;

	private final Communities communities;

	private final ActivityPolicy policy;

	private final Clock clock;

	private final ActivityRepository records;

	Closing(ActivityRepository records, Activities activities, AttendanceRepository attendance,
			ReflectionRepository reflections, CertificateRepository certificates, Communities communities,
			ActivityPolicy policy, Clock clock) {
		this.records = records;
		this.policy = policy;
		this.activities = activities;
		this.attendance = attendance;
		this.reflections = reflections;
		this.certificates = certificates;
		this.communities = communities;
		this.clock = clock;
	}

	/**
	 * The facilitator closes the activity; everyone present gets a certificate (once).
	 */
	@Transactional
	public ActivityView close(KombelUser user, long id) {
		Activity activity = records.lockById(id).orElseThrow(() -> new NotFoundException("activity " + id));
		policy.require(user, ActivityPolicy.Action.CLOSE, activity);
		if (clock.instant().isBefore(activity.startsAt())) {
			throw InvalidInputException.of("id", "activities.close-before-start");
		}
		activity.close(clock.instant());
		Integer hours = communities.certificateHoursOf(activity.communityId());
		Set<Long> certified = certificates.findByActivityId(id)
			.stream()
			.map(Certificate::accountId)
			.collect(Collectors.toSet());
		List<Certificate> issued = attendance.findByActivityIdOrderByDisplayNameAsc(id)
			.stream()
			.filter(a -> a.status() == AttendanceStatus.PRESENT)
			.filter(a -> !certified.contains(a.accountId()))
			.map(a -> certificates.save(
					new Certificate(newNumber(), id, a.accountId(), a.displayName(), clock.instant()).withHours(hours)))
			.toList();
		// for an operator: what happened, by ids and numbers, not by whom
		LoggerFactory.getLogger(Closing.class)
			.info("Activity {} of community {} closed by account {}: {} certificates issued {}", id,
					activity.communityId(), user.accountId(), issued.size(),
					issued.stream().map(Certificate::number).toList());
		return activities.get(user, id);
	}

	/**
	 * A participant's reflection; writing again replaces it. Answers whether it was new.
	 */
	@Transactional
	public boolean reflect(KombelUser user, long id, ReflectionForm form) {
		Activity activity = activities.load(id);
		policy.require(user, ActivityPolicy.Action.PARTICIPATE, activity);
		Optional<Reflection> existing = reflections.findByActivityIdAndAccountId(id, user.accountId());
		Reflection reflection = existing.orElseGet(() -> new Reflection(id, user.accountId(), clock.instant()));
		reflection.write(form);
		reflections.save(reflection);
		return existing.isEmpty();
	}

	public Optional<ReflectionForm> myReflection(KombelUser user, long id) {
		return reflections.findByActivityIdAndAccountId(id, user.accountId()).map(Reflection::form);
	}

	/**
	 * All reflections of an activity, for its facilitators (anonymous: what, not who).
	 */
	public List<ReflectionForm> reflections(KombelUser user, long id) {
		Activity activity = activities.load(id);
		policy.require(user, ActivityPolicy.Action.MANAGE, activity);
		return reflections.findByActivityId(id).stream().map(Reflection::form).toList();
	}

	/** The certificate of the asking account for this activity. */
	public CertificateView myCertificate(KombelUser user, long id) {
		Activity activity = activities.load(id);
		Certificate certificate = certificates.findByActivityIdAndAccountId(id, user.accountId())
			.orElseThrow(() -> new NotFoundException("certificate"));
		return view(certificate, activity);
	}

	/** Anyone may check a certificate by its number. */
	public Optional<CertificateView> verify(String number) {
		return certificates.findByNumber(number.strip().toUpperCase(java.util.Locale.ROOT))
			.map(c -> view(c, activities.load(c.activityId())));
	}

	private CertificateView view(Certificate c, Activity a) {
		String community = communities.nameOf(a.communityId());
		// the part played in the community: a facilitator who ran it was no mere
		// participant
		MemberRole part = communities.activeMembers(a.communityId())
			.stream()
			.filter(m -> m.accountId() == c.accountId())
			.map(MemberView::role)
			.findFirst()
			.filter(r -> r == MemberRole.FACILITATOR || r == MemberRole.SPEAKER)
			.orElse(MemberRole.MEMBER);
		return new CertificateView(c.number(), c.holderName(), a.title(), community, a.role(), a.startsAt(), a.endsAt(),
				c.issuedAt(), part, communities.zoneOf(a.communityId()), c.hours());
	}

	private String newNumber() {
		StringBuilder number = new StringBuilder("KB-");
		for (int i = 0; i < 10; i++) {
			number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}

}
