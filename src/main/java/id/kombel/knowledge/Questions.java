package id.kombel.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.communities.Communities;
import id.kombel.communities.CommunityView;
import id.kombel.communities.MemberRole;
import id.kombel.communities.MemberStatus;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.NotFoundException;
import id.kombel.knowledge.question.Answer;
import id.kombel.knowledge.question.AnswerRepository;
import id.kombel.knowledge.access.Places;
import id.kombel.knowledge.question.Question;
import id.kombel.knowledge.question.QuestionRepository;
import id.kombel.knowledge.access.Reader;
import id.kombel.knowledge.access.Visible;

/** Questions about classroom problems, their answers, and the accepted one. */
@Service
public class Questions {

	private final QuestionRepository questions;

	private final AnswerRepository answers;

	private final KnowledgePolicy policy;

	private final Places places;

	private final Communities communities;

	private final Clock clock;

	Questions(QuestionRepository questions, AnswerRepository answers, KnowledgePolicy policy, Places places,
			Communities communities, Clock clock) {
		this.questions = questions;
		this.answers = answers;
		this.policy = policy;
		this.places = places;
		this.communities = communities;
		this.clock = clock;
	}

	@Transactional
	public QuestionView ask(KombelUser user, QuestionForm form) {
		Places.Place place = places.decide(user, form.visibility(), form.regionCode(), form.communityId());
		Long activity = places.activity(user, form.activityId(), place.communityId());
		Question q = new Question(form, user.accountId(), user.displayName(), clock.instant());
		q.place(form.levels(), form.subjects(), place.visibility(), place.regionCode(), place.communityId(), activity);
		questions.save(q);
		return view(q, policy.reader(user));
	}

	@Transactional(readOnly = true)
	public QuestionView get(KombelUser user, long id) {
		Question q = load(id);
		Reader reader = policy.reader(user);
		policy.require(reader, KnowledgePolicy.Action.READ, q.placement());
		return view(q, reader);
	}

	@Transactional
	public AnswerView answer(KombelUser user, long id, String body) {
		// the question's row locked: two answers posted at once both count (answerCount +
		// 1 each)
		Question q = questions.lockById(id).orElseThrow(() -> new NotFoundException("question " + id));
		policy.require(policy.reader(user), KnowledgePolicy.Action.READ, q.placement());
		if (q.hidden()) {
			throw new NotFoundException("question " + id);
		}
		Instant now = clock.instant();
		Answer a = answers.save(new Answer(q, body, user.accountId(), user.displayName(), now));
		q.answered(a, now);
		return a.view(false);
	}

	/**
	 * The asker or a facilitator of the question's community marks one answer accepted;
	 * others get 403.
	 */
	@Transactional
	public QuestionView accept(KombelUser user, long id, long answerId) {
		Question q = load(id);
		Reader reader = policy.reader(user);
		policy.require(reader, KnowledgePolicy.Action.READ, q.placement());
		Answer a = answers.findById(answerId)
			.filter(x -> x.question().id().equals(q.id()))
			.orElseThrow(() -> new NotFoundException("answer " + answerId));
		policy.require(reader, KnowledgePolicy.Action.ACCEPT_ANSWER, q.placement());
		if (a.hidden()) {
			throw new NotFoundException("answer " + answerId);
		}
		q.accept(a.id(), clock.instant());
		return view(q, reader);
	}

	/**
	 * Unanswered questions this account could help with: it facilitates or speaks in a
	 * community whose levels or subjects match the question's, and may see the question.
	 */
	@Transactional(readOnly = true)
	public List<QuestionView> waitingFor(KombelUser user, int limit) {
		Set<String> levels = new HashSet<>();
		Set<String> subjects = new HashSet<>();
		for (CommunityView c : communities.mine(user)) {
			if (c.myStatus() == MemberStatus.ACTIVE
					&& (c.myRole() == MemberRole.FACILITATOR || c.myRole() == MemberRole.SPEAKER)) {
				c.levels().forEach(l -> levels.add(l.name()));
				c.subjects().forEach(s -> subjects.add(s.toLowerCase(Locale.ROOT)));
			}
		}
		if (levels.isEmpty() && subjects.isEmpty()) {
			return List.of();
		}
		Reader reader = policy.reader(user);
		// all conditions in the query: questions others may see (or of other levels)
		// never take the places
		Specification<Question> waiting = (root, query, cb) -> {
			List<Predicate> matching = new ArrayList<>();
			levels.forEach(l -> matching.add(cb.like(root.get("levels"), "%," + l + ",%")));
			subjects.forEach(s -> matching.add(cb.like(cb.lower(root.get("subjects")), "%," + s + ",%")));
			return cb.and(cb.equal(root.get("answerCount"), 0), cb.notEqual(root.get("authorId"), user.accountId()),
					cb.or(matching.toArray(Predicate[]::new)));
		};
		return questions
			.findBy(Visible.<Question>to(reader).and(waiting),
					q -> q.sortBy(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit).all())
			.stream()
			.map(q -> view(q, reader))
			.toList();
	}

	/**
	 * The newest questions this reader may see (filtered in the query: others' never take
	 * their place).
	 */
	@Transactional(readOnly = true)
	public List<QuestionView> latest(KombelUser user) {
		Reader reader = policy.reader(user);
		return questions
			.findBy(Visible.<Question>to(reader),
					q -> q.sortBy(Sort.by(Sort.Direction.DESC, "createdAt")).limit(Practices.LATEST).all())
			.stream()
			.map(q -> view(q, reader))
			.toList();
	}

	Question load(long id) {
		return questions.findById(id).orElseThrow(() -> new NotFoundException("question " + id));
	}

	QuestionView view(Question q, Reader reader) {
		boolean moderator = policy.may(reader, KnowledgePolicy.Action.MODERATE, q.placement());
		boolean accepts = policy.may(reader, KnowledgePolicy.Action.ACCEPT_ANSWER, q.placement());
		List<AnswerView> list = answers.of(q.id())
			.stream()
			.filter(a -> !a.hidden() || moderator)
			.map(a -> a.view(a.id().equals(q.acceptedAnswerId())))
			.toList();
		return new QuestionView(q.id(), q.title(), q.body(), q.kind().name(), q.levels(), q.subjects(), q.visibility(),
				q.regionCode(), q.communityId(), q.activityId(), q.authorId(), q.authorName(), q.hidden(),
				q.answerCount(), q.acceptedAnswerId(), minutes(q.createdAt(), q.firstAnswerAt()),
				minutes(q.createdAt(), q.acceptedAt()), accepts, moderator, q.createdAt(), list);
	}

	private static Long minutes(Instant from, Instant to) {
		return to == null ? null : Duration.between(from, to).toMinutes();
	}

}
