package id.kombel.activities.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

	Optional<Attendance> findByActivityIdAndAccountId(Long activityId, Long accountId);

	List<Attendance> findByActivityIdOrderByDisplayNameAsc(Long activityId);

	List<Attendance> findByActivityIdInOrderByDisplayNameAsc(Collection<Long> activityIds);

}
