package id.kombel.knowledge.practice;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EndorsementRepository extends JpaRepository<Endorsement, Endorsement.Key> {

	@Query("select count(e) > 0 from Endorsement e where e.practiceId = ?1 and e.accountId = ?2")
	boolean exists(long practiceId, long accountId);

}
