package id.kombel.knowledge.comment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import id.kombel.knowledge.item.ItemType;

public interface CommentRepository extends JpaRepository<Comment, Long> {

	@Query("select c from Comment c where c.targetType = ?1 and c.targetId = ?2 order by c.createdAt")
	List<Comment> of(ItemType type, long targetId);

}
