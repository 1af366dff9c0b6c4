package id.kombel.knowledge.photo;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import id.kombel.knowledge.practice.Practice;

public interface PracticePhotoRepository extends JpaRepository<PracticePhoto, Long> {

	/** Upload order is the order shown. */
	@Query("select p from PracticePhoto p where p.practiceId = ?1 order by p.id")
	List<PracticePhoto> of(long practiceId);

	@Query("select p from PracticePhoto p where p.practiceId in ?1 order by p.id")
	List<PracticePhoto> ofAll(java.util.Collection<Long> practiceIds);

	/**
	 * Taken before adding photos, so two uploads at once cannot pass the limit together.
	 */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Practice p where p.id = ?1")
	Optional<Practice> lockPractice(long id);

}
