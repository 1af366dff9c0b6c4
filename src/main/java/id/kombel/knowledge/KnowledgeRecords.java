package id.kombel.knowledge;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.knowledge.practice.Practice;

/**
 * What one account contributed to knowledge over a period, for the educator's portfolio:
 * practices shared (with how many endorsed and tried them), answers accepted, materials
 * published. Hidden (moderated) items do not count. Read-only; the caller decides who may
 * see whose record.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeRecords {

	public record SharedPractice(long id, String title, Instant sharedAt, int endorsements, int trials) {
	}

	public record AcceptedAnswer(long answerId, long questionId, String questionTitle, Instant acceptedAt) {
	}

	public record PublishedMaterial(long id, String title, MaterialKind kind, Instant publishedAt, long downloads) {
	}

	private final EntityManager em;

	KnowledgeRecords(EntityManager em) {
		this.em = em;
	}

	public List<SharedPractice> practices(long accountId, Instant from, Instant to) {
		return em.createQuery("""
				select p.id, p.title, p.createdAt, p.endorsementCount, p.trialCount from Practice p
				where p.authorId = :acc and p.status = :published and p.hidden = false
				and p.createdAt >= :from and p.createdAt < :to order by p.createdAt""", SharedPractice.class)
			.setParameter("acc", accountId)
			.setParameter("published", Practice.Status.PUBLISHED)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

	public List<AcceptedAnswer> acceptedAnswers(long accountId, Instant from, Instant to) {
		return em.createQuery("""
				select a.id, q.id, q.title, q.acceptedAt from Answer a, Question q
				where a.question = q and q.acceptedAnswerId = a.id and a.authorId = :acc and a.hidden = false
				and q.acceptedAt >= :from and q.acceptedAt < :to order by q.acceptedAt""", AcceptedAnswer.class)
			.setParameter("acc", accountId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

	public List<PublishedMaterial> materials(long accountId, Instant from, Instant to) {
		return em.createQuery("""
				select m.id, m.title, m.kind, m.createdAt, m.downloadCount from Material m
				where m.authorId = :acc and m.hidden = false
				and m.createdAt >= :from and m.createdAt < :to order by m.createdAt""", PublishedMaterial.class)
			.setParameter("acc", accountId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

}
