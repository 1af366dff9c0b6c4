package id.kombel.schools;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SchoolRepository extends JpaRepository<School, Long>, JpaSpecificationExecutor<School> {

	Optional<School> findByNpsn(String npsn);

	List<School> findByNpsnIn(Collection<String> npsns);

}
