package id.kombel.communities;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	Optional<Membership> findByCommunityIdAndAccountId(Long communityId, Long accountId);

	List<Membership> findByCommunityIdOrderByRoleAscDisplayNameAsc(Long communityId);

	List<Membership> findByAccountId(Long accountId);

	@Query("select count(m) from Membership m where m.communityId = :communityId and m.status = 'ACTIVE'")
	long countActive(Long communityId);

	@Query("""
			select count(m) from Membership m where m.communityId = :communityId and m.status = 'ACTIVE'
			and m.lastParticipatedAt >= :since""")
	long countParticipatedSince(Long communityId, java.time.Instant since);
}
