package id.kombel.activities.challenge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

	List<Challenge> findByCommunityIdOrderBySolvedAtAscCreatedAtDesc(Long communityId);

}
