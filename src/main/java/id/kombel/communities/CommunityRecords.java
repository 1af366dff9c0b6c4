package id.kombel.communities;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communities one account belongs to and its role in each, for the educator's
 * portfolio. Read-only; the caller decides who may see whose record.
 */
@Service
@Transactional(readOnly = true)
public class CommunityRecords {

	public record Held(long communityId, String communityName, MemberRole role, MemberStatus status, Instant joinedAt) {
	}

	private final EntityManager em;

	CommunityRecords(EntityManager em) {
		this.em = em;
	}

	/** Every community the account is an active member of (any role), by name. */
	public List<Held> memberships(long accountId) {
		return em.createQuery("""
				select c.id, c.name, m.role, m.status, m.joinedAt from Membership m, Community c
				where m.communityId = c.id and m.accountId = :acc and m.status = :active order by c.name""", Held.class)
			.setParameter("acc", accountId)
			.setParameter("active", MemberStatus.ACTIVE)
			.getResultList();
	}

}
