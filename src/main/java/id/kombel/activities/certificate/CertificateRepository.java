package id.kombel.activities.certificate;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateRepository extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findByNumber(String number);

	Optional<Certificate> findByActivityIdAndAccountId(Long activityId, Long accountId);

	List<Certificate> findByActivityId(Long activityId);

}
