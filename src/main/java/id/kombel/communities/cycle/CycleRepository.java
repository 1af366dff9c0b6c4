package id.kombel.communities.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleRepository extends JpaRepository<InquiryCycle, Long> {

	List<InquiryCycle> findByCommunityIdOrderByNumberDesc(Long communityId);

}
