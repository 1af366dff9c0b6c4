package id.kombel.activities;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

	List<Challenge> findByCommunityIdOrderBySolvedAtAscCreatedAtDesc(Long communityId);
}
