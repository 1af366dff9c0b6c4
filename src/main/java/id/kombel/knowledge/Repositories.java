package id.kombel.knowledge;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The module's repositories, kept together: each is a few lines. */
final class Repositories {

	private Repositories() {
	}
}

interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

	List<Practice> findByAuthorIdAndStatusOrderByUpdatedAtDesc(long authorId, Practice.Status status);
}

interface RevisionRepository extends JpaRepository<PracticeRevision, Long> {

	@Query("select r from PracticeRevision r where r.practiceId = ?1 order by r.revision desc")
	List<PracticeRevision> history(long practiceId);
}

interface EndorsementRepository extends JpaRepository<Endorsement, Endorsement.Key> {

	@Query("select count(e) > 0 from Endorsement e where e.practiceId = ?1 and e.accountId = ?2")
	boolean exists(long practiceId, long accountId);
}

interface TrialRepository extends JpaRepository<Trial, Long> {

	@Query("select t from Trial t where t.practiceId = ?1 order by t.createdAt desc")
	List<Trial> of(long practiceId);
}

interface CommentRepository extends JpaRepository<Comment, Long> {

	@Query("select c from Comment c where c.targetType = ?1 and c.targetId = ?2 order by c.createdAt")
	List<Comment> of(ItemType type, long targetId);
}

interface QuestionRepository extends JpaRepository<Question, Long>, JpaSpecificationExecutor<Question> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select q from Question q where q.id = :id")
	Optional<Question> lockById(@Param("id") long id);

	@Query("select count(q) from Question q where q.firstAnswerAt is not null")
	long answeredCount();
}

interface AnswerRepository extends JpaRepository<Answer, Long> {

	@Query("select a from Answer a where a.question.id = ?1 order by a.createdAt")
	List<Answer> of(long questionId);

	@Query("select count(a) from Answer a where a.question.id = ?1 and a.hidden = false")
	int countVisible(long questionId);

	@Query("select min(a.createdAt) from Answer a where a.question.id = ?1 and a.hidden = false")
	java.time.Instant firstVisibleAt(long questionId);

	@Query("select a from Answer a join fetch a.question where a.id = ?1")
	Optional<Answer> withQuestion(long id);
}

interface MaterialRepository extends JpaRepository<Material, Long>, JpaSpecificationExecutor<Material> {
}

interface MaterialVersionRepository extends JpaRepository<MaterialVersion, Long> {

	@Query("select v from MaterialVersion v where v.materialId = ?1 order by v.version desc")
	List<MaterialVersion> of(long materialId);

	@Query("select v from MaterialVersion v where v.materialId = ?1 and v.version = ?2")
	Optional<MaterialVersion> find(long materialId, int version);
}

interface PracticePhotoRepository extends JpaRepository<PracticePhoto, Long> {

	/** Upload order is the order shown. */
	@Query("select p from PracticePhoto p where p.practiceId = ?1 order by p.id")
	List<PracticePhoto> of(long practiceId);

	@Query("select p from PracticePhoto p where p.practiceId in ?1 order by p.id")
	List<PracticePhoto> ofAll(java.util.Collection<Long> practiceIds);

	/** Taken before adding photos, so two uploads at once cannot pass the limit together. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Practice p where p.id = ?1")
	Optional<Practice> lockPractice(long id);
}

interface ReportRepository extends JpaRepository<Report, Long> {

	@Query("select r from Report r where r.resolvedAt is null order by r.createdAt")
	List<Report> open();

	@Query("select r from Report r where r.targetType = ?1 and r.targetId = ?2 and r.resolvedAt is null")
	List<Report> openFor(ItemType type, long id);
}

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

	@Query("select a from AuditEntry a where a.targetType = ?1 and a.targetId = ?2 order by a.createdAt")
	List<AuditEntry> of(ItemType type, long id);

	@Query("select a from AuditEntry a order by a.createdAt desc")
	List<AuditEntry> latest(Pageable page);
}
