package id.kombel.communities;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CycleRepository extends JpaRepository<InquiryCycle, Long> {

	List<InquiryCycle> findByCommunityIdOrderByNumberDesc(Long communityId);
}
