package id.kombel.communities;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	Optional<Membership> findByCommunityIdAndAccountId(Long communityId, Long accountId);

	List<Membership> findByCommunityIdOrderByRoleAscDisplayNameAsc(Long communityId);

	List<Membership> findByAccountId(Long accountId);

	/** One statement per check-in, rather than reading the membership first. */
	@Modifying(flushAutomatically = true)
	@Query("""
			update Membership m set m.lastParticipatedAt = :at
			where m.communityId = :communityId and m.accountId = :accountId
			and (m.lastParticipatedAt is null or m.lastParticipatedAt < :at)""")
	int participated(long communityId, long accountId, java.time.Instant at);
}
