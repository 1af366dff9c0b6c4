package id.kombel.knowledge.material;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MaterialVersionRepository extends JpaRepository<MaterialVersion, Long> {

	@Query("select v from MaterialVersion v where v.materialId = ?1 order by v.version desc")
	List<MaterialVersion> of(long materialId);

	@Query("select v from MaterialVersion v where v.materialId = ?1 and v.version = ?2")
	Optional<MaterialVersion> find(long materialId, int version);

}
