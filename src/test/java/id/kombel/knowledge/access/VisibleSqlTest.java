package id.kombel.knowledge.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import id.kombel.knowledge.Visibility;
import id.kombel.shared.SqlCondition;
import id.kombel.support.IntegrationTest;

/**
 * The visibility rule as plain SQL ({@link Visible#sql}) lets through exactly the items
 * {@link Reader#sees} does, for every kind of reader and every kind of placement.
 */
class VisibleSqlTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	private final long c1 = 900_000_000L + new Random().nextInt(1_000_000) * 2L;

	private final long c2 = c1 + 1;

	private final Map<Long, Placement> items = new HashMap<>();

	@BeforeEach
	void placeItemsEverywhere() {
		List<String> regions = new ArrayList<>(List.of("12", "12.11", "12.11.01", "12.12", "13.01"));
		regions.add(null);
		List<Long> places = new ArrayList<>(List.of(c1, c2));
		places.add(null);
		for (Visibility visibility : Visibility.values()) {
			for (String region : regions) {
				for (Long community : places) {
					for (long author : List.of(71L, 72L)) {
						for (boolean hidden : List.of(false, true)) {
							long id = insert(visibility, region, community, author, hidden);
							items.put(id, new Placement(visibility, region, community, author, hidden));
						}
					}
				}
			}
		}
	}

	@Test
	void theSqlRuleAgreesWithTheReaderForEveryReader() {
		List<Reader> readers = List.of(Reader.PUBLIC_ONLY, new Reader(1, true, Set.of(), Set.of(), Set.of(), Set.of()),
				new Reader(71, false, Set.of(), Set.of(), Set.of(), Set.of()),
				new Reader(5, false, Set.of("12", "12.11", "12.11.01"), Set.of(), Set.of(c1), Set.of(c1)),
				new Reader(6, false, Set.of(), Set.of("12.11"), Set.of(), Set.of()),
				new Reader(7, false, Set.of(), Set.of("12", "13.01"), Set.of(c1, c2), Set.of()),
				new Reader(72, false, Set.of("13", "13.01"), Set.of("12.12"), Set.of(c2), Set.of()));
		for (Reader reader : readers) {
			SqlCondition visible = Visible.sql(reader);
			Map<String, Object> params = new HashMap<>(visible.params());
			params.put("ids", List.copyOf(items.keySet()));
			List<Long> seen = jdbc.sql("select t.id from question t where t.id in (:ids) and " + visible.sql())
				.params(params)
				.query(Long.class)
				.list();
			List<Long> expected = items.entrySet()
				.stream()
				.filter(e -> !e.getValue().hidden() && reader.sees(e.getValue()))
				.map(Map.Entry::getKey)
				.toList();
			assertThat(seen).as(reader.toString()).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
		}
	}

	@AfterEach
	void removeThem() {
		// they are public and in no community: other tests' question lists must not see
		// them
		jdbc.sql("delete from question where id in (:ids)").param("ids", List.copyOf(items.keySet())).update();
	}

	private long insert(Visibility visibility, String region, Long community, long author, boolean hidden) {
		Timestamp now = Timestamp.from(Instant.now());
		KeyHolder id = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into question (title, body, kind, levels, subjects, visibility, region_code, community_id,
				                      author_id, author_name, hidden, created_at, updated_at)
				values ('Tempat', 'Isi', 'QUESTION', '', '', ?, ?, ?, ?, 'Guru', ?, ?, ?)""")
			.params(visibility.name(), region, community, author, hidden, now, now)
			.update(id, "id");
		return id.getKey().longValue();
	}

}
