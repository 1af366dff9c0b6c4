package id.kombel.knowledge.question;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

	@Query("select a from Answer a where a.question.id = ?1 order by a.createdAt")
	List<Answer> of(long questionId);

	@Query("select count(a) from Answer a where a.question.id = ?1 and a.hidden = false")
	int countVisible(long questionId);

	@Query("select min(a.createdAt) from Answer a where a.question.id = ?1 and a.hidden = false")
	java.time.Instant firstVisibleAt(long questionId);

	@Query("select a from Answer a join fetch a.question where a.id = ?1")
	Optional<Answer> withQuestion(long id);

}
