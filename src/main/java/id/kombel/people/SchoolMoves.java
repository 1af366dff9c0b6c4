package id.kombel.people;

import id.kombel.shared.cluster.CacheInvalidation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.kombel.schools.SchoolMoved;

/** Keeps the copied school region and level of educators true when their school moves. */
@Component
class SchoolMoves {

	private final EducatorRepository repository;

	private final CacheInvalidation invalidation;

	SchoolMoves(EducatorRepository repository, CacheInvalidation invalidation) {
		this.repository = repository;
		this.invalidation = invalidation;
	}

	@EventListener
	void on(SchoolMoved moved) {
		repository.findBySchoolId(moved.schoolId())
			.forEach(e -> e.moveWithSchool(moved.districtCode(), moved.regencyCode(), moved.provinceCode(),
					moved.level()));
		invalidation.invalidateAll(CacheInvalidation.EDUCATOR_SCHOOLS);
	}

}
