package id.kombel.activities.activity;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

	List<Activity> findByCommunityIdOrderByStartsAtDesc(Long communityId);

	List<Activity> findByCommunityIdAndEndsAtAfterOrderByStartsAtAsc(Long communityId, Instant after, Limit limit);

}
