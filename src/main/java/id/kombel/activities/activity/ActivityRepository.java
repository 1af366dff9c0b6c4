package id.kombel.activities.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

	/**
	 * The activity locked for its close: a check-in in flight (which reads the row
	 * {@code FOR SHARE}) commits first and is certified, a later one sees it closed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Activity a where a.id = :id")
	Optional<Activity> lockById(@Param("id") long id);

	List<Activity> findByCommunityIdOrderByStartsAtDesc(Long communityId);

}
