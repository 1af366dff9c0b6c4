package id.kombel.knowledge.moderation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import id.kombel.knowledge.item.ItemType;

interface ReportRepository extends JpaRepository<Report, Long> {

	@Query("select r from Report r where r.resolvedAt is null order by r.createdAt")
	List<Report> open();

	@Query("select r from Report r where r.targetType = ?1 and r.targetId = ?2 and r.resolvedAt is null")
	List<Report> openFor(ItemType type, long id);

}
