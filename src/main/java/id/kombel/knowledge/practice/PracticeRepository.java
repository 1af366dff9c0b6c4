package id.kombel.knowledge.practice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

	List<Practice> findByAuthorIdAndStatusOrderByUpdatedAtDesc(long authorId, Practice.Status status);

}
