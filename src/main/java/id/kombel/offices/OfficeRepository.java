package id.kombel.offices;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfficeRepository extends JpaRepository<EducationOffice, Long> {

	@Query("""
			select o from EducationOffice o
			where o.regionCode = :code or o.regionCode like concat(:code, '.%')
			order by o.kind, o.number, o.regionCode""")
	List<EducationOffice> findWithin(String code);

	@Query("select o from EducationOffice o join o.regencyCodes r where o.kind = 'BRANCH' and r = :regencyCode")
	List<EducationOffice> findBranchesCovering(String regencyCode);

	List<EducationOffice> findByKindOrderByRegionCode(OfficeKind kind);

	boolean existsByKindAndRegionCodeAndNumber(OfficeKind kind, String regionCode, Integer number);

}
