package id.kombel.activities.task;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import id.kombel.activities.activity.Activity;

public interface TaskRepository extends JpaRepository<Task, Long> {

	List<Task> findByActivityIdOrderByKindAscIdAsc(Long activityId);

	List<Task> findByActivityIdInOrderByKindAscIdAsc(Collection<Long> activityIds);

	/** How many tasks each person has had in the community, for sharing work fairly. */
	@Query("""
			select t.accountId, count(t) from Task t, Activity a
			where t.activityId = a.id and a.communityId = :communityId group by t.accountId""")
	List<Object[]> countByAccountInCommunity(Long communityId);

}
