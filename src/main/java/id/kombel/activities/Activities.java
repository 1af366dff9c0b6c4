package id.kombel.activities;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.communities.Access;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityPolicy;
import id.kombel.communities.MemberView;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.events.ActivityScheduled;
import id.kombel.shared.events.ParticipationRecorded;
import id.kombel.shared.web.ConflictException;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.activities.activity.Activity;
import id.kombel.activities.activity.ActivityRepository;
import id.kombel.activities.attendance.Attendance;
import id.kombel.activities.attendance.AttendanceRepository;
import id.kombel.activities.task.Task;
import id.kombel.activities.task.TaskRepository;
import id.kombel.activities.activity.Times;

/** Scheduling activities, sharing tasks and taking attendance. */
@Service
@Transactional(readOnly = true)
public class Activities {

	static final Duration LONGEST = Duration.ofDays(7);

	private final SecureRandom random = new SecureRandom();

	private final ActivityRepository activities;

	private final TaskRepository tasks;

	private final AttendanceRepository attendance;

	private final Communities communities;

	private final CommunityPolicy communityPolicy;

	private final ActivityPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Activities(ActivityRepository activities, TaskRepository tasks, AttendanceRepository attendance,
			Communities communities, CommunityPolicy communityPolicy, ActivityPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.communityPolicy = communityPolicy;
		this.policy = policy;
		this.activities = activities;
		this.tasks = tasks;
		this.attendance = attendance;
		this.communities = communities;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ActivityView schedule(KombelUser user, long communityId, ActivityForm form) {
		communityPolicy.require(user, CommunityPolicy.Action.MANAGE, communityId);
		Instant[] times = times(form, communities.zoneOf(communityId));
		Activity activity = new Activity(communityId, user.accountId(), newCode(), clock.instant());
		activity.apply(form, times[0], times[1]);
		activities.save(activity);
		events.publishEvent(new ActivityScheduled(communityId, activity.id(), times[0]));
		return view(activity, user, true);
	}

	@Transactional
	public ActivityView update(KombelUser user, long id, ActivityForm form) {
		Activity activity = load(id);
		policy.require(user, ActivityPolicy.Action.MANAGE, activity);
		Instant[] times = times(form, communities.zoneOf(activity.communityId()));
		activity.apply(form, times[0], times[1]);
		events.publishEvent(new ActivityScheduled(activity.communityId(), id, times[0]));
		return view(activity, user, true);
	}

	public ActivityView get(KombelUser user, long id) {
		Activity activity = load(id);
		return view(activity, user, manages(seen(user, activity)));
	}

	/** The community's activities, newest first, for its members and partners. */
	public List<ActivityView> ofCommunity(KombelUser user, long communityId) {
		boolean manages = manages(visible(user, communityId));
		List<Activity> all = activities.findByCommunityIdOrderByStartsAtDesc(communityId);
		List<Long> ids = all.stream().map(Activity::id).toList();
		// two queries for the whole list, not two per activity
		Map<Long, List<Attendance>> people = attendance.findByActivityIdInOrderByDisplayNameAsc(ids)
			.stream()
			.collect(Collectors.groupingBy(Attendance::activityId));
		Map<Long, List<Task>> work = tasks.findByActivityIdInOrderByKindAscIdAsc(ids)
			.stream()
			.collect(Collectors.groupingBy(Task::activityId));
		return all.stream()
			.map(a -> view(a, user, manages, people.getOrDefault(a.id(), List.of()),
					work.getOrDefault(a.id(), List.of())))
			.toList();
	}

	/** A member says they will come. */
	@Transactional
	public ActivityView register(KombelUser user, long id) {
		Activity activity = load(id);
		policy.require(user, ActivityPolicy.Action.PARTICIPATE, activity);
		requireOpen(activity, "activity");
		if (attendance.findByActivityIdAndAccountId(id, user.accountId()).isEmpty()) {
			attendance.save(new Attendance(id, user.accountId(), user.displayName(), AttendanceStatus.REGISTERED, null,
					clock.instant()));
		}
		return get(user, id);
	}

	/** Roll call by a facilitator: present, excused or absent, for an active member. */
	@Transactional
	public ActivityView mark(KombelUser user, long id, long accountId, AttendanceStatus status) {
		Activity activity = load(id);
		policy.require(user, ActivityPolicy.Action.MANAGE, activity);
		requireOpen(activity, "status");
		MemberView member = member(activity.communityId(), accountId);
		Instant now = clock.instant();
		attendance.findByActivityIdAndAccountId(id, accountId)
			.ifPresentOrElse(a -> a.mark(status, "ROLL_CALL", now), () -> attendance
				.save(new Attendance(id, accountId, member.displayName(), status, "ROLL_CALL", now)));
		if (status == AttendanceStatus.PRESENT) {
			events.publishEvent(new ParticipationRecorded(activity.communityId(), accountId, now));
		}
		return get(user, id);
	}

	@Transactional
	public ActivityView assignTask(KombelUser user, long id, long accountId, TaskKind kind, String label) {
		Activity activity = load(id);
		policy.require(user, ActivityPolicy.Action.MANAGE, activity);
		requireOpen(activity, "kind");
		if (kind == TaskKind.CUSTOM && (label == null || label.isBlank())) {
			throw InvalidInputException.of("label", "validation.required");
		}
		if (label != null && label.length() > 100) {
			// the page form passes no @Size
			throw InvalidInputException.of("label", "validation.too-long");
		}
		MemberView member = member(activity.communityId(), accountId);
		boolean twice = tasks.given(id, accountId, kind, label);
		if (twice) {
			// one person, one task of a kind: a second note-taker entry would count twice
			throw new ConflictException("accountId", "activities.task-twice");
		}
		tasks.save(new Task(id, accountId, member.displayName(), kind, label));
		events.publishEvent(new ParticipationRecorded(activity.communityId(), accountId, clock.instant()));
		return get(user, id);
	}

	/**
	 * Once closed, attendance and tasks are settled: certificates were issued from them.
	 */
	private static void requireOpen(Activity activity, String field) {
		if (activity.closedAt() != null) {
			throw InvalidInputException.of(field, "activities.closed-already");
		}
	}

	/**
	 * Active members ordered by how few tasks they have had in this community: the
	 * fairest next.
	 */
	public List<MemberView> taskSuggestions(KombelUser user, long id) {
		Activity activity = load(id);
		policy.require(user, ActivityPolicy.Action.MANAGE, activity);
		Map<Long, Long> counts = new HashMap<>();
		tasks.countByAccountInCommunity(activity.communityId())
			.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		List<MemberView> members = new ArrayList<>(communities.activeMembers(activity.communityId()));
		members.sort(Comparator.comparing((MemberView m) -> counts.getOrDefault(m.accountId(), 0L))
			.thenComparing(MemberView::displayName));
		return members;
	}

	/** Minutes, written by the note taker or a facilitator. */
	@Transactional
	public ActivityView writeMinutes(KombelUser user, long id, String text) {
		Activity activity = load(id);
		Access level = seen(user, activity);
		if (!policy.may(user, ActivityPolicy.Action.WRITE_MINUTES, activity, level)) {
			throw policy.denied(ActivityPolicy.Action.WRITE_MINUTES, activity);
		}
		if (text != null && text.length() > 8000) {
			throw InvalidInputException.of("minutes", "validation.too-long");
		}
		activity.writeMinutes(text);
		return view(activity, user, manages(level));
	}

	/**
	 * The community an activity belongs to, for a module that links to it by id (empty if
	 * there is no such activity).
	 */
	public Optional<Long> communityOf(long activityId) {
		return activities.findById(activityId).map(Activity::communityId);
	}

	public Activity load(long id) {
		return activities.findById(id).orElseThrow(() -> new NotFoundException("activity " + id));
	}

	/**
	 * The account's level in the community, looked up once for the check and the view:
	 * 403 unless it sees the community's activities (members and partners; the
	 * community's people are not others').
	 */
	/** As {@link #visible}, but 404 for an activity its reader may not see. */
	private Access seen(KombelUser user, Activity a) {
		return Optional.of(communityPolicy.access(user, a.communityId()))
			.filter(CommunityPolicy.Action.SEE_MEMBERS::allowedAt)
			.orElseThrow(() -> new NotFoundException("activity " + a.id()));
	}

	private Access visible(KombelUser user, long communityId) {
		Access level = communityPolicy.access(user, communityId);
		if (!CommunityPolicy.Action.SEE_MEMBERS.allowedAt(level)) {
			throw communityPolicy.denied(CommunityPolicy.Action.SEE_MEMBERS, communityId);
		}
		return level;
	}

	/**
	 * Facilitators see the check-in code and manage:
	 * {@link ActivityPolicy.Action#MANAGE}.
	 */
	private static boolean manages(Access level) {
		return CommunityPolicy.Action.MANAGE.allowedAt(level);
	}

	ActivityView view(Activity a, KombelUser user, boolean manages) {
		return view(a, user, manages, attendance.findByActivityIdOrderByDisplayNameAsc(a.id()),
				tasks.findByActivityIdOrderByKindAscIdAsc(a.id()));
	}

	private static ActivityView view(Activity a, KombelUser user, boolean facilitator, List<Attendance> attendance,
			List<Task> tasks) {
		List<ActivityView.AttendanceView> people = attendance.stream().map(Attendance::view).toList();
		AttendanceStatus mine = people.stream()
			.filter(p -> p.accountId() == user.accountId())
			.map(ActivityView.AttendanceView::status)
			.findFirst()
			.orElse(null);
		return new ActivityView(a.id(), a.communityId(), a.title(), a.role(), a.mode(), a.startsAt(), a.endsAt(),
				a.meetingLink(), a.venue(), a.agenda(), a.minutes(), a.closedAt() != null,
				facilitator ? a.checkInCode() : null, tasks.stream().map(Task::view).toList(), people, mine,
				facilitator);
	}

	private MemberView member(long communityId, long accountId) {
		return communities.activeMembers(communityId)
			.stream()
			.filter(m -> m.accountId() == accountId)
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("accountId", "activities.not-a-member", accountId));
	}

	/** A time typed without an offset is on the community's clock. */
	private Instant[] times(ActivityForm form, java.time.ZoneId zone) {
		return Times.window(form.startsAt(), form.endsAt(), zone, clock.instant(), LONGEST);
	}

	private String newCode() {
		return String.format("%06d", random.nextInt(1_000_000));
	}

}
