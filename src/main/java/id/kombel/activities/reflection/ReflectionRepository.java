package id.kombel.activities.reflection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReflectionRepository extends JpaRepository<Reflection, Long> {

	Optional<Reflection> findByActivityIdAndAccountId(Long activityId, Long accountId);

	List<Reflection> findByActivityId(Long activityId);

}
