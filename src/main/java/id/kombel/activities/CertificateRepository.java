package id.kombel.activities;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

	Optional<Certificate> findByNumber(String number);

	Optional<Certificate> findByActivityIdAndAccountId(Long activityId, Long accountId);

	List<Certificate> findByActivityId(Long activityId);
}
