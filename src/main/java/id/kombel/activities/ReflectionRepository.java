package id.kombel.activities;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReflectionRepository extends JpaRepository<Reflection, Long> {

	Optional<Reflection> findByActivityIdAndAccountId(Long activityId, Long accountId);

	List<Reflection> findByActivityId(Long activityId);
}
