package id.kombel.accounts;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From an educator to the account linked to them, for modules that keep their records by
 * account (a principal opens an educator's portfolio by the educator's id).
 */
@Service
@Transactional(readOnly = true)
public class AccountLinks {

	private final EntityManager em;

	AccountLinks(EntityManager em) {
		this.em = em;
	}

	/** The (first) account linked to the educator, if any. */
	public Optional<Long> accountOf(long educatorId) {
		return em.createQuery("select a.id from Account a where a.educatorId = :e order by a.id", Long.class)
			.setParameter("e", educatorId)
			.setMaxResults(1)
			.getResultList()
			.stream()
			.findFirst();
	}

}
