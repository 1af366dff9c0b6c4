package id.kombel.knowledge.access;

import java.util.ArrayList;
import java.util.HashMap;
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
import id.kombel.shared.SqlCondition;

/**
 * The rules of {@link Reader#sees} as a query condition, so that a list the database
 * fills (the newest items, a summary) holds what the reader may see rather than what
 * others may.
 */
public final class Visible {

	private Visible() {
	}

	/**
	 * {@link #to} as plain SQL on the columns of an item table (alias {@code t}), for a
	 * list read without the entity model; the parameters' names start with
	 * {@code reader}.
	 */
	public static SqlCondition sql(Reader reader) {
		if (reader.all()) {
			return new SqlCondition("not t.hidden", Map.of());
		}
		Map<String, Object> params = new HashMap<>();
		List<String> any = new ArrayList<>();
		any.add("t.visibility = '" + Visibility.PUBLIC + "'");
		if (!reader.anonymous()) {
			any.add("t.author_id = :readerAccount");
			params.put("readerAccount", reader.accountId());
		}
		List<String> inRegion = new ArrayList<>();
		for (String area : reader.areas()) {
			String name = "readerArea" + params.size();
			inRegion.add("t.region_code like :" + name);
			params.put(name, area + ".%");
		}
		Set<String> codes = regionCodes(reader);
		if (!codes.isEmpty()) {
			inRegion.add("t.region_code in (:readerCodes)");
			params.put("readerCodes", List.copyOf(codes));
		}
		if (!inRegion.isEmpty()) {
			any.add("(t.visibility = '" + Visibility.REGION + "' and (" + String.join(" or ", inRegion) + "))");
		}
		if (!reader.communities().isEmpty()) {
			any.add("(t.visibility = '" + Visibility.COMMUNITY + "' and t.community_id in (:readerCommunities))");
			params.put("readerCommunities", List.copyOf(reader.communities()));
		}
		return new SqlCondition("not t.hidden and (" + String.join(" or ", any) + ")", Map.copyOf(params));
	}

	/**
	 * Reader.inRegion's exact codes: one of the reader's regions, or a region holding an
	 * area they cover (the areas' insides are matched by prefix).
	 */
	private static Set<String> regionCodes(Reader reader) {
		Set<String> codes = new HashSet<>(reader.homeRegions());
		reader.areas().forEach(area -> codes.addAll(Codes.prefixes(area)));
		return codes;
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
			// Reader.inRegion: inside an area they cover, or one of regionCodes
			List<Predicate> inRegion = new ArrayList<>();
			for (String area : reader.areas()) {
				inRegion.add(cb.like(region, area + ".%"));
			}
			Set<String> codes = regionCodes(reader);
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
