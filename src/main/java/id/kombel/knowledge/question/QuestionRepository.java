package id.kombel.knowledge.question;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<Question, Long>, JpaSpecificationExecutor<Question> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select q from Question q where q.id = :id")
	Optional<Question> lockById(@Param("id") long id);

	@Query("select count(q) from Question q where q.firstAnswerAt is not null")
	long answeredCount();

}
