package id.kombel.knowledge.practice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrialRepository extends JpaRepository<Trial, Long> {

	@Query("select t from Trial t where t.practiceId = ?1 order by t.createdAt desc")
	List<Trial> of(long practiceId);

}
