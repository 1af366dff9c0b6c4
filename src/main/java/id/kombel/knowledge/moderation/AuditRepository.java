package id.kombel.knowledge.moderation;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import id.kombel.knowledge.item.ItemType;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

	@Query("select a from AuditEntry a where a.targetType = ?1 and a.targetId = ?2 order by a.createdAt")
	List<AuditEntry> of(ItemType type, long id);

	@Query("select a from AuditEntry a order by a.createdAt desc")
	List<AuditEntry> latest(Pageable page);

}
