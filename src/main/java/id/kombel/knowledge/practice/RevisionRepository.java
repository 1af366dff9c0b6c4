package id.kombel.knowledge.practice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisionRepository extends JpaRepository<PracticeRevision, Long> {

	@Query("select r from PracticeRevision r where r.practiceId = ?1 order by r.revision desc")
	List<PracticeRevision> history(long practiceId);

}
