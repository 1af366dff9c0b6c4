package id.kombel.knowledge.question;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.communities.Communities;
import id.kombel.communities.CommunityView;
import id.kombel.knowledge.KnowledgePolicy;
import id.kombel.knowledge.access.Visible;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.NotFoundException;

/**
 * A community's questions, newest first, as its forum lists them: the ones this reader
 * may see (others never take their places), a page at a time by keyset (questions older
 * than the last one shown), so a page costs the same however many the community asked.
 * One query on the index {@code question_community}, the question's columns only.
 */
@Service
public class CommunityQuestions {

	/** Questions a page shows. */
	public static final int PAGE = 20;

	/** A page of the forum; {@code next} is the id to continue before, or null. */
	public record Page(CommunityView community, List<QuestionRow> questions, Long next) {
	}

	private final EntityManager entityManager;

	private final KnowledgePolicy policy;

	private final Communities communities;

	CommunityQuestions(EntityManager entityManager, KnowledgePolicy policy, Communities communities) {
		this.entityManager = entityManager;
		this.policy = policy;
		this.communities = communities;
	}

	@Transactional(readOnly = true)
	public Page of(KombelUser user, long communityId, Long before) {
		CommunityView community = communities.find(user, communityId)
			.orElseThrow(() -> new NotFoundException("community " + communityId));
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<QuestionRow> query = cb.createQuery(QuestionRow.class);
		Root<Question> q = query.from(Question.class);
		Predicate where = cb.and(cb.equal(q.get("communityId"), communityId),
				Visible.<Question>to(policy.reader(user, community)).toPredicate(q, query, cb));
		if (before != null) {
			where = cb.and(where, cb.lessThan(q.get("id"), before));
		}
		query
			.select(cb.construct(QuestionRow.class, q.get("id"), q.get("title"), q.get("authorName"),
					q.get("createdAt"), q.get("answerCount"), q.get("acceptedAnswerId")))
			.where(where)
			.orderBy(cb.desc(q.get("id")));
		List<QuestionRow> rows = entityManager.createQuery(query).setMaxResults(PAGE + 1).getResultList();
		if (rows.size() <= PAGE) {
			return new Page(community, rows, null);
		}
		List<QuestionRow> shown = rows.subList(0, PAGE);
		return new Page(community, List.copyOf(shown), shown.get(PAGE - 1).id());
	}

}
