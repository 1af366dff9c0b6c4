package id.kombel.communities;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.regions.Regions;
import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;
import id.kombel.shared.PageResult;
import id.kombel.shared.TimeZones;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.communities.community.Community;
import id.kombel.communities.community.CommunityCards;
import id.kombel.communities.health.CommunityHealth;
import id.kombel.communities.community.CommunityLists;
import id.kombel.communities.community.CommunityQuery;
import id.kombel.communities.community.CommunityRepository;
import id.kombel.communities.community.CommunitySnapshot;
import id.kombel.communities.community.CommunitySnapshots;
import id.kombel.communities.membership.JoinResult;
import id.kombel.communities.membership.Membership;
import id.kombel.communities.membership.MembershipRepository;

/** Communities, their members and who may do what with them. */
@Service
public class Communities {

	private final CommunityRepository repository;

	private final MembershipRepository memberships;

	private final CommunityHealth health;

	private final Regions regions;

	private final Schools schools;

	private final Clock clock;

	private final CommunitySnapshots snapshots;

	private final CommunityLists lists;

	private final CommunityCards cards;

	private final CommunityPolicy policy;

	private final CommunityPlacement placement;

	Communities(CommunityRepository repository, MembershipRepository memberships, CommunityHealth health,
			Regions regions, Schools schools, Clock clock, CommunitySnapshots snapshots, CommunityPolicy policy,
			CommunityPlacement placement, CommunityLists lists, CommunityCards cards) {
		this.lists = lists;
		this.cards = cards;
		this.snapshots = snapshots;
		this.placement = placement;
		this.policy = policy;
		this.repository = repository;
		this.memberships = memberships;
		this.health = health;
		this.regions = regions;
		this.schools = schools;
		this.clock = clock;
	}

	/** Starts a community; its creator becomes its first facilitator. */
	@Transactional
	public CommunityView create(KombelUser user, CommunityForm form) {
		Long schoolId = checkPlace(form);
		placement.require(user, form.regionCode(), schoolId);
		if (schoolId == null && form.kind() == CommunityKind.SCHOOL) {
			schoolId = homeSchoolOf(user).map(SchoolView::id).orElse(null);
		}
		Community community = new Community(clock.instant());
		community.apply(form, schoolId);
		repository.save(community);
		memberships.save(new Membership(community.id(), user.accountId(), user.displayName(), MemberRole.FACILITATOR,
				MemberStatus.ACTIVE, clock.instant()));
		return view(community, user);
	}

	@Transactional
	public CommunityView update(KombelUser user, long id, CommunityForm form) {
		Community community = load(id);
		policy.require(user, CommunityPolicy.Action.MANAGE, id);
		Long school = checkPlace(form);
		// only a move is checked: a facilitator edits the profile of a community placed
		// beyond their own reach (by an office) without being refused
		placement.require(user, form.regionCode().equals(community.regionCode()) ? null : form.regionCode(),
				school == null || school.equals(community.homeSchoolId()) ? null : school);
		// a form without a home school keeps the one the community has (its principal
		// stays a partner)
		community.apply(form, school != null ? school : community.homeSchoolId());
		return view(community, user);
	}

	public CommunityView get(KombelUser user, long id) {
		return view(snapshots.get(id), user);
	}

	public Optional<CommunityView> find(KombelUser user, long id) {
		try {
			return Optional.of(get(user, id));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Communities to browse: in a region (any depth), of a level, subject, kind, or
	 * matching a name.
	 */
	public PageResult<CommunityView> search(KombelUser user, CommunityQuery query) {
		PageResult<Long> ids = page(query);
		return shown(ids, views(ids.content(), snapshots.getAll(ids.content()), user));
	}

	/**
	 * The community list page: a page of the list as cards, and the asker's own
	 * communities from their snapshots (those their pages read too).
	 */
	public CommunityBrowse browse(KombelUser user, CommunityQuery query) {
		PageResult<Long> ids = page(query);
		List<Long> mine = snapshots.communitiesOf(user.accountId());
		List<CommunityCard> shown = cards.cards(ids.content());
		return new CommunityBrowse(new PageResult<>(shown, ids.page(), ids.size(), ids.totalElements(),
				ids.totalPages(), ids.totalExact()), views(mine, snapshots.getAll(mine), user));
	}

	private PageResult<Long> page(CommunityQuery query) {
		return snapshots.list(query, () -> lists.page(query));
	}

	private static PageResult<CommunityView> shown(PageResult<Long> ids, List<CommunityView> views) {
		return new PageResult<>(views, ids.page(), ids.size(), ids.totalElements(), ids.totalPages(), ids.totalExact());
	}

	/** The communities this account belongs to (active or pending). */
	public List<CommunityView> mine(KombelUser user) {
		List<Long> ids = snapshots.communitiesOf(user.accountId());
		return views(ids, snapshots.getAll(ids), user);
	}

	/**
	 * As {@link #find} for each id, in their order (one that no longer exists left out),
	 * from snapshots read together: a list page costs four statements, not four per
	 * community.
	 */
	private List<CommunityView> views(List<Long> ids, Map<Long, CommunitySnapshot> read, KombelUser user) {
		return ids.stream().map(read::get).filter(Objects::nonNull).map(s -> view(s, user)).toList();
	}

	@Transactional
	public JoinResult join(KombelUser user, long id) {
		Community community = load(id);
		Optional<Membership> existing = memberships.findByCommunityIdAndAccountId(id, user.accountId());
		if (existing.isPresent()) {
			return existing.get().active() ? JoinResult.ALREADY_MEMBER : JoinResult.PENDING;
		}
		MemberStatus status = community.joinPolicy() == JoinPolicy.OPEN ? MemberStatus.ACTIVE : MemberStatus.PENDING;
		memberships
			.save(new Membership(id, user.accountId(), user.displayName(), MemberRole.MEMBER, status, clock.instant()));
		return status == MemberStatus.ACTIVE ? JoinResult.JOINED : JoinResult.PENDING;
	}

	public List<MemberView> members(KombelUser user, long id) {
		CommunitySnapshot snapshot = snapshots.get(id);
		policy.require(user, CommunityPolicy.Action.SEE_MEMBERS, id);
		return snapshot.members();
	}

	/**
	 * A facilitator approves a pending member, or sets someone's role (adding them when
	 * new).
	 */
	@Transactional
	public MemberView setMember(KombelUser user, long id, long accountId, String displayName, MemberRole role) {
		load(id);
		policy.require(user, CommunityPolicy.Action.MANAGE, id);
		Membership membership = memberships.findByCommunityIdAndAccountId(id, accountId).orElseGet(() -> {
			if (displayName == null) {
				throw InvalidInputException.of("accountId", "communities.account-unknown", accountId);
			}
			return memberships.save(new Membership(id, accountId, displayName, MemberRole.MEMBER, MemberStatus.ACTIVE,
					clock.instant()));
		});
		membership.approve();
		if (role != null) {
			membership.setRole(role);
		}
		return membership.view();
	}

	@Transactional
	public CommunityView markStep(KombelUser user, long id, StarterStep step, boolean done) {
		Community community = load(id);
		policy.require(user, CommunityPolicy.Action.MANAGE, id);
		community.markStep(step, done);
		// a change to the steps collection alone is no update of the community row
		snapshots.evict(id);
		return view(community, user);
	}

	/**
	 * The training hours (JP) the community's activity certificates carry, or none; a
	 * facilitator sets them (1 to 40), an empty value removes them.
	 */
	@Transactional
	public Integer setCertificateHours(KombelUser user, long id, Integer hours) {
		Community community = load(id);
		policy.require(user, CommunityPolicy.Action.MANAGE, id);
		if (hours != null && (hours < 1 || hours > 40)) {
			throw InvalidInputException.of("hours", "communities.certificate-hours-range");
		}
		community.setCertificateHours(hours);
		return hours;
	}

	public Integer certificateHoursOf(long id) {
		return repository.findById(id).map(Community::certificateHours).orElse(null);
	}

	/** Names of the active members, for assigning tasks and taking the roll. */
	public List<MemberView> activeMembers(long id) {
		return snapshots.get(id).members().stream().filter(m -> m.status() == MemberStatus.ACTIVE).toList();
	}

	/** The community's name, for documents that mention it (certificates, calendars). */
	public String nameOf(long id) {
		return snapshots.cached(id)
			.map(s -> s.base().name())
			.orElseGet(() -> repository.findById(id).map(Community::name).orElse(""));
	}

	/**
	 * The clock the community's activities are agreed in: its region's zone (WIB, WITA or
	 * WIT).
	 */
	public java.time.ZoneId zoneOf(long id) {
		String region = snapshots.cached(id)
			.map(s -> s.base().regionCode())
			.orElseGet(() -> repository.findById(id).map(Community::regionCode).orElse(null));
		return TimeZones.of(region);
	}

	/** The school of the educator behind the account, where there is one. */
	public Optional<SchoolView> homeSchoolOf(KombelUser user) {
		return placement.ownSchool(user);
	}

	/**
	 * The district of that school, by one statement (what readers of regional items
	 * need).
	 */
	public Optional<String> homeDistrictOf(KombelUser user) {
		return placement.ownDistrict(user);
	}

	Community load(long id) {
		return repository.findById(id).orElseThrow(() -> new NotFoundException("community " + id));
	}

	private CommunityView view(Community c, KombelUser user) {
		return view(snapshots.get(c.id()), user);
	}

	private CommunityView view(CommunitySnapshot snapshot, KombelUser user) {
		CommunityView b = snapshot.base();
		Optional<MemberView> me = snapshot.member(user.accountId());
		return new CommunityView(b.id(), b.name(), b.kind(), b.description(), b.meetingNorm(), b.joinPolicy(),
				b.levels(), b.subjects(), b.regionCode(), b.homeSchoolId(),
				health.state(b.lastActivityAt(), clock.instant()), b.participation(), b.memberCount(), b.createdAt(),
				b.lastActivityAt(), b.stepsDone(), me.map(MemberView::role).orElse(null),
				me.map(MemberView::status).orElse(null), policy.access(user, snapshot));
	}

	private Long checkPlace(CommunityForm form) {
		if (!regions.exists(form.regionCode())) {
			throw InvalidInputException.of("regionCode", "validation.region-unknown", form.regionCode());
		}
		if (form.homeSchoolId() != null && schools.find(form.homeSchoolId()).isEmpty()) {
			throw InvalidInputException.of("homeSchoolId", "validation.school-unknown", form.homeSchoolId());
		}
		return form.homeSchoolId();
	}

}
