package id.kombel.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.knowledge.comment.Comment;
import id.kombel.knowledge.comment.CommentRepository;
import id.kombel.knowledge.comment.CommentView;
import id.kombel.knowledge.practice.Endorsement;
import id.kombel.knowledge.practice.EndorsementRepository;
import id.kombel.knowledge.item.ItemType;
import id.kombel.knowledge.photo.PhotoView;
import id.kombel.knowledge.access.Places;
import id.kombel.knowledge.practice.Practice;
import id.kombel.knowledge.photo.PracticePhoto;
import id.kombel.knowledge.photo.PracticePhotoRepository;
import id.kombel.knowledge.practice.PracticeRepository;
import id.kombel.knowledge.practice.PracticeRevision;
import id.kombel.knowledge.practice.PracticeView;
import id.kombel.knowledge.access.Reader;
import id.kombel.knowledge.practice.RevisionRepository;
import id.kombel.knowledge.practice.RevisionView;
import id.kombel.knowledge.practice.Trial;
import id.kombel.knowledge.practice.TrialRepository;
import id.kombel.knowledge.practice.TrialView;
import id.kombel.knowledge.access.Visible;

/**
 * Good practices: write (draft or published), edit with history, comment, endorse, report
 * a try.
 */
@Service
public class Practices {

	/** How many of the newest items the knowledge home lists. */
	static final int LATEST = 20;

	private final PracticeRepository practices;

	private final RevisionRepository revisions;

	private final EndorsementRepository endorsements;

	private final TrialRepository trials;

	private final CommentRepository comments;

	private final PracticePhotoRepository photos;

	private final KnowledgePolicy policy;

	private final Places places;

	private final Clock clock;

	Practices(PracticeRepository practices, RevisionRepository revisions, EndorsementRepository endorsements,
			TrialRepository trials, CommentRepository comments, PracticePhotoRepository photos, KnowledgePolicy policy,
			Places places, Clock clock) {
		this.photos = photos;
		this.practices = practices;
		this.revisions = revisions;
		this.endorsements = endorsements;
		this.trials = trials;
		this.comments = comments;
		this.policy = policy;
		this.places = places;
		this.clock = clock;
	}

	@Transactional
	public PracticeView create(KombelUser user, PracticeForm form) {
		Places.Place place = places.decide(user, form.visibility(), form.regionCode(), form.communityId());
		Long activity = places.activity(user, form.activityId(), place.communityId());
		Practice p = new Practice(user.accountId(), user.displayName(), clock.instant());
		p.write(form, clock.instant());
		p.place(form.levels(), form.subjects(), place.visibility(), place.regionCode(), place.communityId(), activity);
		p.setStatus(form.isDraft() ? Practice.Status.DRAFT : Practice.Status.PUBLISHED);
		practices.save(p);
		revisions.save(new PracticeRevision(p, user.accountId(), user.displayName(), clock.instant()));
		return view(p, policy.reader(user));
	}

	/** The author edits; every save is kept as a revision. */
	@Transactional
	public PracticeView update(KombelUser user, long id, PracticeForm form) {
		Practice p = load(id);
		Reader reader = policy.reader(user);
		policy.require(reader, KnowledgePolicy.Action.EDIT, p.placement());
		Places.Place place = places.decide(user, form.visibility() == null ? p.visibility() : form.visibility(),
				form.regionCode() == null ? p.regionCode() : form.regionCode(),
				form.communityId() == null ? p.communityId() : form.communityId());
		Long activity = form.activityId() == null ? p.activityId() : form.activityId();
		// a link kept as it was is not asked again, unless the practice moves to another
		// community
		if (!Objects.equals(activity, p.activityId()) || !Objects.equals(place.communityId(), p.communityId())) {
			places.activity(user, activity, place.communityId());
		}
		p.write(form, clock.instant());
		p.place(form.levels(), form.subjects(), place.visibility(), place.regionCode(), place.communityId(), activity);
		if (form.draft() != null) {
			p.setStatus(form.isDraft() && p.status() == Practice.Status.DRAFT ? Practice.Status.DRAFT
					: Practice.Status.PUBLISHED);
		}
		revisions.save(new PracticeRevision(p, user.accountId(), user.displayName(), clock.instant()));
		return view(p, reader);
	}

	@Transactional
	public PracticeView publish(KombelUser user, long id) {
		Practice p = load(id);
		// 404 first for whoever may not see it: a 403 would tell that a draft or
		// restricted item exists
		Reader reader = policy.reader(user);
		policy.require(reader, KnowledgePolicy.Action.READ, p.placement());
		policy.require(reader, KnowledgePolicy.Action.EDIT, p.placement());
		p.setStatus(Practice.Status.PUBLISHED);
		return view(p, reader);
	}

	@Transactional(readOnly = true)
	public PracticeView get(KombelUser user, long id) {
		Practice p = load(id);
		Reader reader = policy.reader(user);
		requireReadable(reader, p);
		return view(p, reader);
	}

	@Transactional(readOnly = true)
	public List<RevisionView> history(KombelUser user, long id) {
		requireReadable(policy.reader(user), load(id));
		return revisions.history(id).stream().map(PracticeRevision::view).toList();
	}

	@Transactional(readOnly = true)
	public List<PracticeView> drafts(KombelUser user) {
		Reader reader = policy.reader(user);
		return views(
				practices.findByAuthorIdAndStatusOrderByUpdatedAtDesc(user.accountId(), Practice.Status.DRAFT).stream(),
				reader);
	}

	/**
	 * The newest published practices this reader may see (filtered in the query: others'
	 * never take their place).
	 */
	@Transactional(readOnly = true)
	public List<PracticeView> latest(KombelUser user) {
		Reader reader = policy.reader(user);
		Specification<Practice> published = (root, query, cb) -> cb.equal(root.get("status"),
				Practice.Status.PUBLISHED);
		return views(practices
			.findBy(Visible.<Practice>to(reader).and(published),
					q -> q.sortBy(Sort.by(Sort.Direction.DESC, "createdAt")).limit(LATEST).all())
			.stream(), reader);
	}

	/** Endorsing twice counts once; answers whether this call added it. */
	@Transactional
	public boolean endorse(KombelUser user, long id) {
		Practice p = published(user, id);
		if (endorsements.exists(id, user.accountId())) {
			return false;
		}
		endorsements.save(new Endorsement(id, user.accountId(), clock.instant()));
		p.endorsed(1);
		return true;
	}

	@Transactional
	public void withdrawEndorsement(KombelUser user, long id) {
		Practice p = published(user, id);
		Endorsement.Key key = new Endorsement.Key(id, user.accountId());
		if (endorsements.existsById(key)) {
			endorsements.deleteById(key);
			p.endorsed(-1);
		}
	}

	@Transactional
	public TrialView reportTrial(KombelUser user, long id, String outcome, String note) {
		// the page form reaches here unchecked
		if (note != null && note.length() > 2000) {
			throw InvalidInputException.of("note", "validation.too-long");
		}
		Practice p = published(user, id);
		Trial.Outcome o;
		try {
			o = Trial.Outcome.valueOf(outcome == null ? "" : outcome.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("outcome", "knowledge.outcome-unknown", String.valueOf(outcome));
		}
		p.tried();
		return trials.save(new Trial(id, user.accountId(), user.displayName(), o, note, clock.instant())).view();
	}

	@Transactional(readOnly = true)
	public List<TrialView> trials(KombelUser user, long id) {
		requireReadable(policy.reader(user), load(id));
		return trials.of(id).stream().map(Trial::view).toList();
	}

	@Transactional
	public CommentView comment(KombelUser user, long id, String body) {
		published(user, id);
		return comments
			.save(new Comment(ItemType.PRACTICE, id, body, user.accountId(), user.displayName(), clock.instant()))
			.view();
	}

	@Transactional(readOnly = true)
	public List<CommentView> comments(KombelUser user, long id) {
		Reader reader = policy.reader(user);
		Practice p = load(id);
		requireReadable(reader, p);
		return comments.of(ItemType.PRACTICE, id)
			.stream()
			.filter(c -> !c.hidden() || policy.may(reader, KnowledgePolicy.Action.MODERATE, p.placement()))
			.map(Comment::view)
			.toList();
	}

	public Practice load(long id) {
		return practices.findById(id).orElseThrow(() -> new NotFoundException("practice " + id));
	}

	/** The practice if this user may read it (as its page), else 404. */
	public Practice readable(KombelUser user, long id) {
		Practice p = load(id);
		requireReadable(policy.reader(user), p);
		return p;
	}

	/**
	 * The practice if this user may edit it (its author, as {@link #update}): 404 if
	 * unseen, else 403.
	 */
	public Practice editable(KombelUser user, Practice p) {
		policy.require(user, KnowledgePolicy.Action.EDIT, p.placement());
		return p;
	}

	private void requireReadable(Reader reader, Practice p) {
		policy.require(reader, KnowledgePolicy.Action.READ, p.placement());
	}

	private Practice published(KombelUser user, long id) {
		Practice p = load(id);
		requireReadable(policy.reader(user), p);
		if (p.status() != Practice.Status.PUBLISHED || p.hidden()) {
			throw InvalidInputException.of("id", "knowledge.not-published");
		}
		return p;
	}

	/** Views of a list, with the photos of all its practices read in one query. */
	private List<PracticeView> views(java.util.stream.Stream<Practice> list, Reader reader) {
		List<Practice> all = list.toList();
		if (all.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, List<PhotoView>> byPractice = photos.ofAll(all.stream().map(Practice::id).toList())
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(PracticePhoto::practiceId,
					java.util.stream.Collectors.mapping(PracticePhoto::view, java.util.stream.Collectors.toList())));
		return all.stream().map(p -> view(p, reader, byPractice.getOrDefault(p.id(), List.of()))).toList();
	}

	PracticeView view(Practice p, Reader reader) {
		return view(p, reader, photos.of(p.id()).stream().map(PracticePhoto::view).toList());
	}

	private PracticeView view(Practice p, Reader reader, List<PhotoView> photoViews) {
		boolean endorsed = endorsements.exists(p.id(), reader.accountId());
		return new PracticeView(p.id(), p.title(), p.context(), p.problem(), p.action(), p.evidence(), p.result(),
				p.reflection(), p.topic(), p.tags(), p.levels(), p.subjects(), p.visibility(), p.regionCode(),
				p.communityId(), p.activityId(), p.authorId(), p.authorName(), p.status().name(), p.hidden(),
				p.revision(), p.endorsementCount(), p.trialCount(), endorsed, p.authorId() == reader.accountId(),
				policy.may(reader, KnowledgePolicy.Action.MODERATE, p.placement()), p.createdAt(), p.updatedAt(),
				photoViews);
	}

}
