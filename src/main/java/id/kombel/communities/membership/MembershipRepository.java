package id.kombel.communities.membership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

	Optional<Membership> findByCommunityIdAndAccountId(Long communityId, Long accountId);

	List<Membership> findByCommunityIdOrderByRoleAscDisplayNameAsc(Long communityId);

	List<Membership> findByAccountId(Long accountId);

}
