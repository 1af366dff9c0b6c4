package id.kombel.shared.access;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

import id.kombel.shared.Level;

/**
 * The same {@link Scope} as a database filter, for entities that carry the region codes
 * and level of the school they belong to. A list filtered by it shows exactly what detail
 * checks allow.
 *
 * @param schoolId attribute holding the school id
 * @param self attribute compared with the account's own educator id, or null
 */
public record ScopeFilter(String schoolId, String province, String regency, String district, String level,
		String self) {

	public <T> Specification<T> of(Scope scope) {
		return (root, query, cb) -> scope.all() ? cb.conjunction() : predicate(scope, root, cb);
	}

	private Predicate predicate(Scope scope, Root<?> root, CriteriaBuilder cb) {
		List<Predicate> any = new ArrayList<>();
		if (!scope.schoolIds().isEmpty()) {
			any.add(root.get(schoolId).in(scope.schoolIds()));
		}
		for (Area area : scope.areas()) {
			String column = switch ((int) area.regionCode().chars().filter(c -> c == '.').count()) {
				case 0 -> province;
				case 1 -> regency;
				default -> district;
			};
			Predicate inRegion = cb.equal(root.get(column), area.regionCode());
			any.add(area.levels().isEmpty() ? inRegion : cb.and(inRegion, root.<Level>get(level).in(area.levels())));
		}
		if (self != null && scope.educatorId() != null) {
			any.add(cb.equal(root.get(self), scope.educatorId()));
		}
		return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
	}
}
