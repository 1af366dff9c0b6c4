package id.kombel.activities;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one account did in community activities over a period, for the educator's
 * portfolio: activities attended, tasks done, activities held in given communities, and
 * certificates ({@code KB-}). Read-only; the caller decides who may see whose record.
 */
@Service
@Transactional(readOnly = true)
public class ActivityRecords {

	public record Attended(long activityId, long communityId, String title, ActivityRole role, Instant startsAt,
			Instant endsAt) {
	}

	public record DoneTask(long activityId, long communityId, String activityTitle, ActivityRole role, TaskKind kind,
			String label, Instant startsAt, Instant endsAt) {
	}

	public record Issued(String number, long activityId, long communityId, String activityTitle, ActivityRole role,
			Instant startsAt, Instant endsAt, Instant issuedAt) {
	}

	private final EntityManager em;

	ActivityRecords(EntityManager em) {
		this.em = em;
	}

	/** Activities the account was present at, starting in [from, to). */
	public List<Attended> attended(long accountId, Instant from, Instant to) {
		return em.createQuery("""
				select a.id, a.communityId, a.title, a.role,
				a.startsAt, a.endsAt from Attendance t, Activity a
				where t.activityId = a.id and t.accountId = :acc and t.status = :present
				and a.startsAt >= :from and a.startsAt < :to order by a.startsAt""", Attended.class)
			.setParameter("acc", accountId)
			.setParameter("present", AttendanceStatus.PRESENT)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

	/** Tasks given to the account in activities starting in [from, to). */
	public List<DoneTask> tasks(long accountId, Instant from, Instant to) {
		return em.createQuery("""
				select a.id, a.communityId, a.title, a.role,
				k.kind, k.label, a.startsAt, a.endsAt from Task k, Activity a
				where k.activityId = a.id and k.accountId = :acc
				and a.startsAt >= :from and a.startsAt < :to order by a.startsAt""", DoneTask.class)
			.setParameter("acc", accountId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

	/**
	 * Activities of a role held (started before {@code now}) in these communities, in
	 * [from, to): the sessions a facilitator or speaker of them held.
	 */
	public List<Attended> held(Collection<Long> communityIds, ActivityRole role, Instant from, Instant to,
			Instant now) {
		if (communityIds.isEmpty()) {
			return List.of();
		}
		return em.createQuery("""
				select a.id, a.communityId, a.title, a.role,
				a.startsAt, a.endsAt from Activity a
				where a.communityId in :communities and a.role = :role and a.startsAt < :now
				and a.startsAt >= :from and a.startsAt < :to order by a.startsAt""", Attended.class)
			.setParameter("communities", communityIds)
			.setParameter("role", role)
			.setParameter("now", now)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

	/** Certificates of the account for activities starting in [from, to). */
	public List<Issued> certificates(long accountId, Instant from, Instant to) {
		return em.createQuery("""
				select c.number, a.id, a.communityId, a.title, a.role,
				a.startsAt, a.endsAt, c.issuedAt from Certificate c, Activity a
				where c.activityId = a.id and c.accountId = :acc
				and a.startsAt >= :from and a.startsAt < :to order by a.startsAt""", Issued.class)
			.setParameter("acc", accountId)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
	}

}
