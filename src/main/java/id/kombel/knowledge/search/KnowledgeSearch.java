package id.kombel.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.engine.common.EntityReference;
import org.springframework.stereotype.Service;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.knowledge.question.Answer;
import id.kombel.knowledge.access.Audience;
import id.kombel.knowledge.item.KnowledgeItem;
import id.kombel.knowledge.material.Material;
import id.kombel.knowledge.practice.Practice;
import id.kombel.knowledge.question.Question;
import id.kombel.knowledge.access.Reader;
import id.kombel.knowledge.access.Readers;

/**
 * One search over practices, questions, answers and materials: words in any affix (the
 * Indonesian analyzer), filters, ranking, highlighted snippets, and only what the reader
 * may see (the same rules as {@link Reader#sees}, as index filters, so a page of results
 * never holds an item its detail page would refuse).
 */
@Service
public class KnowledgeSearch {

	private static final Map<String, Class<?>> TYPES = Map.of("practice", Practice.class, "question", Question.class,
			"answer", Answer.class, "material", Material.class);

	static final long TOTAL_EXACT_UP_TO = 1_000;

	private final EntityManagerFactory entityManagerFactory;

	private final Readers readers;

	KnowledgeSearch(EntityManagerFactory entityManagerFactory, Readers readers) {
		this.entityManagerFactory = entityManagerFactory;
		this.readers = readers;
	}

	/**
	 * No transaction: results are projected from the index alone, the database is not
	 * read.
	 */
	public SearchResults search(KombelUser user, SearchQuery query) {
		long started = System.nanoTime();
		Reader reader = readers.of(user);
		List<Class<?>> classes = new ArrayList<>();
		for (String type : query.types()) {
			Class<?> c = TYPES.get(type);
			if (c == null) {
				throw InvalidInputException.of("type", "knowledge.type-unknown", type);
			}
			classes.add(c);
		}
		if (classes.isEmpty()) {
			// answers are searched inside their question (its text holds them): listing
			// them again on
			// their own would count and show one thread twice; "type=answer" still finds
			// them one by one
			classes.addAll(List.of(Practice.class, Question.class, Material.class));
		}
		int size = query.sizeOrDefault();
		SearchResult<List<?>> result;
		// a session of its own: results are projected from the index, so no connection is
		// taken
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			result = session.search(classes)
				.select(f -> f.composite()
					.from(f.entityReference(), f.field(KnowledgeItem.SHOWN_TITLE, String.class),
							f.field(KnowledgeItem.SHOWN_TEXT, String.class), f.field("parentId", Long.class))
					.asList())
				.where(f -> predicate(f, query, reader))
				.sort(f -> query.hasWords() ? f.score() : f.field("createdAt").desc())
				// counting every match of a common word exactly would score all of them:
				// beyond this many
				// the total is a lower bound and Lucene may skip documents that cannot
				// reach the page
				.totalHitCountThreshold(TOTAL_EXACT_UP_TO)
				.fetch(query.pageOrDefault() * size, size);
		}
		Snippets snippets = Snippets.of(query.q());
		List<SearchResults.Hit> hits = result.hits().stream().map(row -> hit(row, snippets)).toList();
		return new SearchResults(result.total().hitCountLowerBound(), result.total().isHitCountExact(),
				query.pageOrDefault(), size, hits, (System.nanoTime() - started) / 1_000_000);
	}

	private static BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, SearchQuery query,
			Reader reader) {
		var b = f.bool();
		if (query.hasWords()) {
			b.must(f.simpleQueryString()
				.field(KnowledgeItem.WORDS)
				.matching(query.q().strip())
				.defaultOperator(BooleanOperator.AND));
		}
		else {
			b.must(f.matchAll());
		}
		if (reader.all()) {
			// "not unlisted" rather than "listed": the few drafts and hidden items are
			// cheap to exclude
			b.mustNot(f.match().field("listed").matching(false));
		}
		else {
			b.filter(f.terms().field(Audience.FIELD).matchingAny(Audience.of(reader)));
		}
		if (!query.levels().isEmpty()) {
			b.filter(f.terms().field("levels").matchingAny(query.levels()));
		}
		if (!query.subjects().isEmpty()) {
			b.filter(f.terms().field("subjects").matchingAny(query.subjects()));
		}
		if (query.region() != null && !query.region().isBlank()) {
			b.filter(f.match().field("region").matching(query.region().strip()));
		}
		if (query.community() != null) {
			b.filter(f.match().field("communityId").matching(query.community()));
		}
		return b;
	}

	private static SearchResults.Hit hit(List<?> row, Snippets snippets) {
		EntityReference ref = (EntityReference) row.get(0);
		String type = ref.name().toLowerCase(java.util.Locale.ROOT);
		long id = ((Number) ref.id()).longValue();
		String title = (String) row.get(1);
		Long parent = (Long) row.get(3);
		String url = switch (type) {
			case "answer" -> "/questions/" + parent + "#answer-" + id;
			default -> "/" + type + "s/" + id;
		};
		return new SearchResults.Hit(type, id, title, snippets.passage((String) row.get(2)), snippets.title(title),
				url);
	}

}
