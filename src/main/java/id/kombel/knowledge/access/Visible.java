package id.kombel.knowledge.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

	/**
	 * A condition on an item table's columns with its named parameters ({@link #sql}).
	 */
	public record Condition(String sql, Map<String, Object> params) {
	}

	/**
	 * {@link #to} as plain SQL on the columns of an item table (alias {@code t}), for a
	 * list read without the entity model; the parameters' names start with
	 * {@code reader}.
	 */
	public static Condition sql(Reader reader) {
		if (reader.all()) {
			return new Condition("not t.hidden", Map.of());
		}
		Map<String, Object> params = new java.util.HashMap<>();
		List<String> any = new ArrayList<>();
		any.add("t.visibility = 'PUBLIC'");
		if (!reader.anonymous()) {
			any.add("t.author_id = :readerAccount");
			params.put("readerAccount", reader.accountId());
		}
		Set<String> codes = new HashSet<>(reader.homeRegions());
		List<String> inRegion = new ArrayList<>();
		int i = 0;
		for (String area : reader.areas()) {
			codes.addAll(Codes.prefixes(area));
			inRegion.add("t.region_code like :readerArea" + i);
			params.put("readerArea" + i++, area + ".%");
		}
		if (!codes.isEmpty()) {
			inRegion.add("t.region_code in (:readerCodes)");
			params.put("readerCodes", List.copyOf(codes));
		}
		if (!inRegion.isEmpty()) {
			any.add("(t.visibility = 'REGION' and (" + String.join(" or ", inRegion) + "))");
		}
		if (!reader.communities().isEmpty()) {
			any.add("(t.visibility = 'COMMUNITY' and t.community_id in (:readerCommunities))");
			params.put("readerCommunities", List.copyOf(reader.communities()));
		}
		return new Condition("not t.hidden and (" + String.join(" or ", any) + ")", Map.copyOf(params));
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
