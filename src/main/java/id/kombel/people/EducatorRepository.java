package id.kombel.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EducatorRepository extends JpaRepository<Educator, Long>, JpaSpecificationExecutor<Educator> {

	Optional<Educator> findByNuptk(String nuptk);

	Optional<Educator> findByNip(String nip);

	Optional<Educator> findByEmail(String email);

	List<Educator> findBySchoolId(Long schoolId);

	List<Educator> findByNuptkIn(Collection<String> nuptks);

	List<Educator> findByNipIn(Collection<String> nips);

	List<Educator> findByEmailIn(Collection<String> emails);

	List<Educator> findByPhoneIn(Collection<String> phones);

}
