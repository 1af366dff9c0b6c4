package id.kombel.communities;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CommunityRepository extends JpaRepository<Community, Long>, JpaSpecificationExecutor<Community> {
}
