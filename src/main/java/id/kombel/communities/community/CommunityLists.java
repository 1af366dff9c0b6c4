package id.kombel.communities.community;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Nulls;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

import id.kombel.shared.PageResult;

/**
 * The ids on one page of the community list, latest activity first, then by name, in one
 * query read from an index alone (V1040: region, order, id and levels): the ids up to the
 * page and at least {@link #COUNTED} of them, so the count costs at most that many index
 * entries rather than every community of a province. Beyond it the total is "more than"
 * ({@link PageResult#totalExact()} false) and the pager offers the next page.
 */
@Component
public class CommunityLists {

	/** Communities counted exactly; a list holding more says "more than" this. */
	public static final int COUNTED = 1_000;

	/**
	 * No region holds this many communities: a page beyond it is empty without a query.
	 */
	private static final long DEEPEST = 1_000_000;

	private final EntityManager entityManager;

	CommunityLists(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The list's filters: a region (any depth), a level, subject, kind, school, or a part
	 * of the name.
	 */
	public static Specification<Community> filters(CommunityQuery query) {
		Specification<Community> spec = Specification.unrestricted();
		if (query.region() != null && !query.region().isBlank()) {
			String code = query.region().strip();
			// provinces and regencies have their own indexed columns; deeper codes match
			// by prefix
			String column = switch (code.length()) {
				case 2 -> "provinceCode";
				case 5 -> "regencyCode";
				default -> null;
			};
			spec = spec.and(column != null ? (root, q, cb) -> cb.equal(root.get(column), code) : (root, q, cb) -> cb
				.or(cb.equal(root.get("regionCode"), code), cb.like(root.get("regionCode"), code + ".%")));
		}
		if (query.levelFilter() != null) {
			spec = spec.and((root, q, cb) -> cb.like(root.get("levels"), "%," + query.levelFilter().name() + ",%"));
		}
		if (query.kindFilter() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("kind"), query.kindFilter()));
		}
		if (query.subject() != null && !query.subject().isBlank()) {
			String like = "%" + query.subject().strip().toLowerCase(java.util.Locale.ROOT) + "%";
			spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("subjects")), like));
		}
		if (query.q() != null && !query.q().isBlank()) {
			String like = "%" + query.q().strip().toLowerCase(java.util.Locale.ROOT) + "%";
			spec = spec.and((root, q, cb) -> cb.like(cb.lower(root.get("name")), like));
		}
		if (query.school() != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("homeSchoolId"), query.school()));
		}
		return spec;
	}

	public PageResult<Long> page(Specification<Community> filters, int page, int size) {
		long from = (long) page * size;
		if (from >= DEEPEST) {
			return new PageResult<>(List.of(), page, size, 0, 0);
		}
		int wanted = (int) Math.max(COUNTED, from + size) + 1;
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Community> c = query.from(Community.class);
		query.select(c.get("id"))
			.where(filters.toPredicate(c, query, cb))
			.orderBy(cb.desc(c.get("lastActivityAt"), Nulls.LAST), cb.asc(c.get("name")), cb.asc(c.get("id")));
		List<Long> ids = entityManager.createQuery(query).setMaxResults(wanted).getResultList();
		List<Long> shown = ids.subList((int) Math.min(from, ids.size()), (int) Math.min(from + size, ids.size()));
		boolean exact = ids.size() < wanted;
		long total = exact ? ids.size() : wanted - 1;
		int pages = (int) ((total + size - 1) / size) + (exact ? 0 : 1);
		return new PageResult<>(List.copyOf(shown), page, size, total, pages, exact);
	}

}
