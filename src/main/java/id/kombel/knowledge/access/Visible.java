package id.kombel.knowledge.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import id.kombel.knowledge.item.Codes;
import id.kombel.knowledge.item.KnowledgeItem;
import id.kombel.knowledge.Visibility;

/**
 * The rules of {@link Reader#sees} as a query condition, so that a list the database
 * fills (the newest items, a summary) holds what the reader may see rather than what
 * others may.
 */
public final class Visible {

	private Visible() {
	}

	/** Items the reader may see, hidden ones left out. */
	public static <T extends KnowledgeItem> Specification<T> to(Reader reader) {
		return (root, query, cb) -> {
			Predicate listed = cb.isFalse(root.get("hidden"));
			if (reader.all()) {
				return listed;
			}
			Path<Visibility> visibility = root.get("visibility");
			List<Predicate> any = new ArrayList<>();
			any.add(cb.equal(visibility, Visibility.PUBLIC));
			if (!reader.anonymous()) {
				any.add(cb.equal(root.get("authorId"), reader.accountId()));
			}
			Path<String> region = root.get("regionCode");
			// Reader.inRegion: one of the reader's regions, inside an area they cover, or
			// a region holding that area
			Set<String> codes = new HashSet<>(reader.homeRegions());
			List<Predicate> inRegion = new ArrayList<>();
			for (String area : reader.areas()) {
				codes.addAll(Codes.prefixes(area));
				inRegion.add(cb.like(region, area + ".%"));
			}
			if (!codes.isEmpty()) {
				inRegion.add(region.in(codes));
			}
			if (!inRegion.isEmpty()) {
				any.add(cb.and(cb.equal(visibility, Visibility.REGION), cb.or(inRegion.toArray(Predicate[]::new))));
			}
			if (!reader.communities().isEmpty()) {
				any.add(cb.and(cb.equal(visibility, Visibility.COMMUNITY),
						root.get("communityId").in(reader.communities())));
			}
			return cb.and(listed, cb.or(any.toArray(Predicate[]::new)));
		};
	}

}
