package id.kombel.activities.task;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import id.kombel.activities.TaskKind;
import id.kombel.activities.activity.Activity;

public interface TaskRepository extends JpaRepository<Task, Long> {

	List<Task> findByActivityIdOrderByKindAscIdAsc(Long activityId);

	List<Task> findByActivityIdInOrderByKindAscIdAsc(Collection<Long> activityIds);

	/** How many tasks each person has had in the community, for sharing work fairly. */
	@Query("""
			select t.accountId, count(t) from Task t, Activity a
			where t.activityId = a.id and a.communityId = :communityId group by t.accountId""")
	List<Object[]> countByAccountInCommunity(Long communityId);

	/**
	 * Whether the person already has this task in the activity (a custom task: by its
	 * name).
	 */
	default boolean given(long activityId, long accountId, TaskKind kind, String label) {
		String asked = label == null || label.isBlank() ? null : label.strip();
		return findByActivityIdOrderByKindAscIdAsc(activityId).stream()
			.map(Task::view)
			.anyMatch(t -> t.accountId() == accountId && t.kind() == kind
					&& (kind != TaskKind.CUSTOM || java.util.Objects.equals(t.label(), asked)));
	}

}
