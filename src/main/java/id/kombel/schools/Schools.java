package id.kombel.schools;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.shared.Level;
import id.kombel.shared.PageResult;
import id.kombel.shared.access.Scope;
import id.kombel.shared.access.ScopeFilter;
import id.kombel.shared.web.InvalidInputException;

/**
 * The school directory. Listing is public reference data; {@link #visibleTo} guards
 * school data.
 */
@Service
@Transactional(readOnly = true)
public class Schools {

	static final ScopeFilter SCOPE = new ScopeFilter("id", "provinceCode", "regencyCode", "districtCode", "level",
			null);

	private final SchoolRepository repository;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	Schools(SchoolRepository repository, Regions regions, ApplicationEventPublisher events) {
		this.repository = repository;
		this.regions = regions;
		this.events = events;
	}

	public Optional<SchoolView> find(long id) {
		return repository.findById(id).map(School::view);
	}

	public Optional<SchoolView> findByNpsn(String npsn) {
		return repository.findByNpsn(npsn.strip().toUpperCase(Locale.ROOT)).map(School::view);
	}

	public List<SchoolView> findAll(Collection<Long> ids) {
		return repository.findAllById(ids).stream().map(School::view).toList();
	}

	/** May this account see school X? The one call every module makes. */
	public boolean visibleTo(Scope scope, long schoolId) {
		return find(schoolId).map(s -> scope.coversSchool(s.id(), s.districtCode(), s.level())).orElse(false);
	}

	/** Schools in a region (any depth) and level whose name or NPSN contains the text. */
	public PageResult<SchoolView> search(String regionCode, Level level, String text, int page, int size) {
		Specification<School> spec = Specification.unrestricted();
		if (regionCode != null && !regionCode.isBlank()) {
			String column = switch (RegionLevel.ofCode(regionCode)) {
				case PROVINCE -> "provinceCode";
				case REGENCY -> "regencyCode";
				case DISTRICT -> "districtCode";
			};
			spec = spec.and((root, q, cb) -> cb.equal(root.get(column), regionCode));
		}
		if (level != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("level"), level));
		}
		if (text != null && !text.isBlank()) {
			String like = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
			spec = spec.and((root, q, cb) -> cb.or(cb.like(cb.lower(root.get("name")), like),
					cb.like(cb.lower(root.get("npsn")), like)));
		}
		var pageable = PageRequest.of(page, size, Sort.by("name", "id"));
		return PageResult.of(repository.findAll(spec, pageable), School::view);
	}

	/** Schools the scope covers, for pages that list "my schools". */
	public PageResult<SchoolView> inScope(Scope scope, int page, int size) {
		return PageResult.of(repository.findAll(SCOPE.of(scope), PageRequest.of(page, size, Sort.by("name", "id"))),
				School::view);
	}

	/** Creates the school, or updates the one with the same NPSN. */
	@Transactional
	public SchoolView save(NewSchool data) {
		regionProblem(data.districtCode()).ifPresent(key -> {
			throw InvalidInputException.of("districtCode", key, data.districtCode());
		});
		School school = repository.findByNpsn(data.npsn()).orElseGet(() -> new School(data.npsn()));
		return apply(school, data).view();
	}

	School apply(School school, NewSchool data) {
		boolean moved = school.apply(data);
		School saved = repository.save(school);
		if (moved) {
			events.publishEvent(saved.moved());
		}
		return saved;
	}

	/**
	 * Why a district code cannot hold a school (unknown, or not a district), as a message
	 * key.
	 */
	Optional<String> regionProblem(String districtCode) {
		return regions.find(districtCode)
			.map(r -> r.level() == RegionLevel.DISTRICT ? Optional.<String>empty()
					: Optional.of("validation.not-a-district"))
			.orElse(Optional.of("validation.region-unknown"));
	}

}
