package id.kombel.people;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.kombel.schools.SchoolMoved;

/** Keeps the copied school region and level of educators true when their school moves. */
@Component
class SchoolMoves {

	private final EducatorRepository repository;

	SchoolMoves(EducatorRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void on(SchoolMoved moved) {
		repository.findBySchoolId(moved.schoolId())
			.forEach(e -> e.moveWithSchool(moved.districtCode(), moved.regencyCode(), moved.provinceCode(),
					moved.level()));
	}

}
