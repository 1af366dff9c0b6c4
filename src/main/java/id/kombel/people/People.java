package id.kombel.people;

import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;
import id.kombel.shared.PageResult;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Scope;
import id.kombel.shared.access.ScopeFilter;
import id.kombel.shared.validation.Phones;
import id.kombel.shared.web.ConflictException;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;

/** Educators, each seen only by accounts whose scope covers them (or by themself). */
@Service
@Transactional(readOnly = true)
public class People {

	static final ScopeFilter SCOPE = new ScopeFilter("schoolId", "provinceCode", "regencyCode", "districtCode", "level",
			"id");

	private final EducatorRepository repository;

	private final Schools schools;

	private final JdbcClient jdbc;

	People(EducatorRepository repository, Schools schools, JdbcClient jdbc) {
		this.repository = repository;
		this.schools = schools;
		this.jdbc = jdbc;
	}

	/**
	 * The educator, if the scope covers them: 404 when unknown, 403 when out of scope.
	 */
	public EducatorView get(Scope scope, long id) {
		EducatorView educator = repository.findById(id)
			.map(Educator::view)
			.orElseThrow(() -> new NotFoundException("educator " + id));
		if (!scope.coversEducator(id, educator.schoolId(), educator.districtCode(), educator.level())) {
			throw new OutOfScopeException("educator " + id);
		}
		return educator;
	}

	/**
	 * For other modules linking by id (accounts): no scope check, the caller holds the id
	 * already.
	 */
	public Optional<EducatorView> find(long id) {
		return repository.findById(id).map(Educator::view);
	}

	/**
	 * The district of the educator's school, kept on the educator as the school moves:
	 * one plain statement and no transaction of its own, since a reader's regional items
	 * need it on every page whose reader is not cached (issue 17: through two entity
	 * loads it was most of a forum page's queries).
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<String> districtOf(long educatorId) {
		return jdbc.sql("select district_code from educator where id = ?")
			.param(educatorId)
			.query(String.class)
			.optional();
	}

	public Optional<EducatorView> findByEmail(String email) {
		return repository.findByEmail(email.strip().toLowerCase(Locale.ROOT)).map(Educator::view);
	}

	/** Educators in scope, optionally of one school and matching a name or identifier. */
	public PageResult<EducatorView> search(Scope scope, Long schoolId, String text, int page, int size) {
		Specification<Educator> spec = SCOPE.of(scope);
		if (schoolId != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("schoolId"), schoolId));
		}
		if (text != null && !text.isBlank()) {
			String like = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
			spec = spec
				.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("name")), like), cb.like(root.get("nuptk"), like),
						cb.like(root.get("nip"), like), cb.like(root.get("email"), like)));
		}
		return PageResult.of(repository.findAll(spec, PageRequest.of(page, size, Sort.by("name", "id"))),
				Educator::view);
	}

	/** Creates the educator, or updates the one known by NUPTK, else NIP, else e-mail. */
	@Transactional
	public EducatorView save(NewEducator data) {
		SchoolView school = null;
		if (data.schoolId() != null) {
			school = schools.find(data.schoolId())
				.orElseThrow(() -> InvalidInputException.of("schoolId", "validation.school-unknown", data.schoolId()));
		}
		String phone = null;
		if (data.phone() != null && !data.phone().isBlank()) {
			phone = Phones.normalise(data.phone())
				.orElseThrow(() -> InvalidInputException.of("phone", "validation.phone", data.phone()));
		}
		Educator educator = match(data).orElseGet(Educator::new);
		requireUnique(educator, data);
		educator.apply(data, phone, school);
		return repository.save(educator).view();
	}

	Optional<Educator> match(NewEducator data) {
		return Optional.ofNullable(blank(data.nuptk()) ? null : data.nuptk().strip())
			.flatMap(repository::findByNuptk)
			.or(() -> Optional.ofNullable(blank(data.nip()) ? null : data.nip().strip()).flatMap(repository::findByNip))
			.or(() -> Optional.ofNullable(blank(data.email()) ? null : data.email().strip().toLowerCase(Locale.ROOT))
				.flatMap(repository::findByEmail));
	}

	private void requireUnique(Educator educator, NewEducator data) {
		takenField(educator, data).ifPresent(field -> {
			throw new ConflictException(field, "people." + field + "-taken");
		});
	}

	/**
	 * The identifier field ("nip", "email") that someone other than this educator already
	 * holds.
	 */
	Optional<String> takenField(Educator educator, NewEducator data) {
		if (!blank(data.nip())
				&& repository.findByNip(data.nip().strip()).filter(other -> other != educator).isPresent()) {
			return Optional.of("nip");
		}
		if (!blank(data.email()) && repository.findByEmail(data.email().strip().toLowerCase(Locale.ROOT))
			.filter(other -> other != educator)
			.isPresent()) {
			return Optional.of("email");
		}
		return Optional.empty();
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
