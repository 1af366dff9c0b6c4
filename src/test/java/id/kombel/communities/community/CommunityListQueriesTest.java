package id.kombel.communities.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.communities.CommunityCard;
import id.kombel.communities.CommunityView;
import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import id.kombel.support.SqlCounter;
import tools.jackson.databind.JsonNode;

/**
 * A page of the community list when none of its communities is cached (spread traffic, a
 * node just started): its communities' snapshots are read together, so the page costs a
 * few statements whatever its size, not four per community (issue 17).
 */
@Import(SqlCounter.class)
class CommunityListQueriesTest extends IntegrationTest {

	@Autowired
	private DataSource dataSource;

	/**
	 * The list page of 20 uncached communities read in this many statements: the ids of
	 * the page, the page's cards in one (name, kind, levels, last activity, members
	 * counted), the asker's own communities and their snapshots (communities with their
	 * steps, people, goals, cycles: four, and none when their pages were read lately),
	 * and for a name search on a node that has not counted its text's three-letter pieces
	 * in the last hour, those counts ({@link NameTrigrams}). Before issue 17, four for
	 * each community of the page and each uncached one of the asker's: over 80.
	 */
	static final int UNCACHED_LIST = 8;

	@Autowired
	SqlCounter sql;

	@Autowired
	CacheInvalidation invalidation;

	@Autowired
	CommunitySnapshots snapshots;

	@Autowired
	CommunityCards cards;

	@Test
	void anUncachedListPageIsReadInAFewStatementsAndShowsWhatEachCommunityShows() throws InterruptedException {
		Api guru = api().as("guru@demo.kombel.id");
		Api member = api().as("anggota@demo.kombel.id");
		Api principal = api().as("kepsek@demo.kombel.id");
		Api office = api().as("dinas.dairi@demo.kombel.id");
		String name = "Daftar uji " + UUID.randomUUID().toString().substring(0, 8);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 22; i++) {
			ids.add(community(guru, member, name + " " + (char) ('a' + i), i));
		}
		String api = "/api/v1/communities?q=" + name.replace(" ", "%20") + "&size=20";
		String page = "/communities?q=" + name.replace(" ", "+");

		forgetEverything();
		sql.reset();
		Response cold = member.get(page);
		List<String> statements = sql.statements();
		System.out.println("Uncached community list page: " + statements.size() + " SQL statements");
		assertThat(cold.status()).isEqualTo(200);
		assertThat(cold.body()).contains(name + " a", name + " t").doesNotContain(name + " u");
		assertThat(statements).as("statements of an uncached list page of 20").hasSizeLessThanOrEqualTo(UNCACHED_LIST);
		// the member's own (every second one) are read as snapshots for "my communities"
		assertThat(java.util.stream.IntStream.range(0, 20)
			.filter(i -> i % 2 == 0)
			.mapToObj(i -> snapshots.cached(ids.get(i))))
			.as("the list reads cards, leaving the community pages' snapshots where they are")
			.allMatch(java.util.Optional::isEmpty);
		sql.reset();
		assertThat(main(member.get(page).body())).as("the same page from the cache").isEqualTo(main(cold.body()));
		assertThat(sql.statements()).as("statements of a cached list page").isEmpty();

		for (Api asker : List.of(member, principal, office, guru)) {
			forgetEverything();
			JsonNode list = asker.get(api).json();
			assertThat(list.get("totalElements").asLong()).isEqualTo(22);
			JsonNode content = list.get("content");
			assertThat(content).hasSize(20);
			for (int i = 0; i < 20; i++) {
				JsonNode shown = content.get(i);
				assertThat(shown.get("name").asString()).as("by name: no activity yet")
					.isEqualTo(name + " " + (char) ('a' + i));
				// a snapshot read alone, as the community's own page reads it
				invalidation.invalidate("community-snapshots", shown.get("id").asLong());
				assertThat(shown).as("what the list shows of " + shown.get("name"))
					.isEqualTo(asker.get("/api/v1/communities/" + shown.get("id").asLong()).json());
			}
		}
		JsonNode mine = member.get("/api/v1/communities/mine").json();
		assertThat(mine.valueStream()
			.filter(c -> c.get("name").asString().startsWith(name))
			.map(c -> c.get("myStatus").asString())).as("the member's own, read together")
			.hasSize(11)
			.containsOnly("ACTIVE");
	}

	@Test
	void snapshotsReadTogetherAreThoseReadOneByOne() {
		Api guru = api().as("guru@demo.kombel.id");
		Api member = api().as("anggota@demo.kombel.id");
		String name = "Bersama uji " + UUID.randomUUID().toString().substring(0, 8);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			ids.add(community(guru, member, name + " " + i, i));
		}
		List<Long> asked = new ArrayList<>(ids);
		asked.add(2, -1L);
		invalidation.invalidateAll("community-snapshots");
		Map<Long, CommunitySnapshot> together = snapshots.getAll(asked);
		assertThat(together.keySet()).as("in the order asked, without the one that does not exist")
			.containsExactlyElementsOf(ids);
		for (long id : ids) {
			invalidation.invalidate("community-snapshots", id);
			assertThat(together.get(id)).as("community " + id).isEqualTo(snapshots.get(id));
		}
		assertThat(together.get(ids.get(3)).goals()).as("a goal measured twice").hasSize(1);
		assertThat(together.get(ids.get(3)).goals().get(0).measurements()).hasSize(2);
		assertThat(together.get(ids.get(3)).cycles()).hasSize(1);
		assertThat(together.get(ids.get(1)).members()).hasSize(2);
		assertThat(together.get(ids.get(0)).goals()).isEmpty();
	}

	@Test
	void aCardShowsWhatTheCommunitysSnapshotSaysAndFollowsItsMembers() throws InterruptedException {
		Api guru = api().as("guru@demo.kombel.id");
		Api member = api().as("anggota@demo.kombel.id");
		String name = "Kartu uji " + UUID.randomUUID().toString().substring(0, 8);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			ids.add(community(guru, member, name + " " + i, i));
		}
		List<Long> asked = new ArrayList<>(ids);
		asked.add(1, -1L);
		forgetEverything();
		List<CommunityCard> read = cards.cards(asked);
		assertThat(read).extracting(CommunityCard::id)
			.as("in the order asked, without the one that does not exist")
			.containsExactlyElementsOf(ids);
		for (CommunityCard card : read) {
			CommunityView snapshot = snapshots.get(card.id()).base();
			assertThat(card).as("card of " + snapshot.name())
				.isEqualTo(new CommunityCard(snapshot.id(), snapshot.name(), snapshot.kind(), snapshot.levels(),
						snapshot.state(), snapshot.memberCount()));
		}
		assertThat(read.get(1).memberCount()).as("the guru and the member").isEqualTo(2);

		Api principal = api().as("kepsek@demo.kombel.id");
		assertThat(principal.post("/api/v1/communities/" + ids.get(0) + "/join", "").status()).isEqualTo(201);
		assertThat(cards.cards(List.of(ids.get(0))).get(0).memberCount()).as("a join counts at once").isEqualTo(2);
		assertThat(main(member.get("/communities?q=" + name.replace(" ", "+")).body()))
			.as("the page's card of the joined community")
			.containsPattern(name + " 0</a>\\s*<small[^>]*>.*?2 ");
	}

	/**
	 * The driver prepares a statement run five times on one connection for good, and
	 * PostgreSQL then keeps one generic plan for every search text; the list's statement
	 * is planned for its values each time instead (CommunityLists#planned).
	 */
	@Test
	void theListStatementIsNotKeptPreparedOnItsConnection() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			SingleConnectionDataSource one = new SingleConnectionDataSource(connection, true);
			JdbcClient sql = JdbcClient.create(one);
			String kept = "select count(*) from pg_prepared_statements where statement like"
					+ " 'select id from community where lower(name) like $1 order by last_activity_at%'";
			long before = sql.sql(kept).query(Long.class).single();
			JdbcTemplate template = new JdbcTemplate(one);
			CommunityLists lists = new CommunityLists(template, new NameTrigrams(template));
			for (int i = 0; i < 12; i++) {
				// texts of two letters, which no three-letter piece can walk: the general
				// way
				String text = (char) ('a' + i) + String.valueOf(i % 10);
				lists.page(new CommunityQuery(null, null, null, null, text, null, 0, 20));
			}
			assertThat(sql.sql(kept).query(Long.class).single()).isEqualTo(before);
		}
	}

	@Test
	void aNameWithMarkupIsShownOnItsCardAsText() {
		Api guru = api().as("guru@demo.kombel.id");
		Api member = api().as("anggota@demo.kombel.id");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String name = "<b>Tebal</b> & <script>alert(1)</script> " + tag;
		community(guru, member, name, 1);
		String page = main(member.get("/communities?q=" + tag).body());
		assertThat(page).contains("&lt;b&gt;Tebal&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; " + tag)
			.doesNotContain("<b>Tebal</b>", "<script>alert(1)");
	}

	/**
	 * A community of the guru's; every second one joined by the member, every third one
	 * given a goal (measured twice) and a cycle on it.
	 */
	private static long community(Api guru, Api member, String name, int i) {
		Response created = guru.post("/api/v1/communities", "{\"name\":\"" + name
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\",\"subjects\":[\"Bahasa\"]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		if (i % 2 == 1) {
			assertThat(member.post("/api/v1/communities/" + id + "/join", "").status()).isEqualTo(201);
		}
		if (i % 3 == 0 && i > 0) {
			long goal = guru
				.post("/api/v1/communities/" + id + "/goals",
						"""
								{"purpose":"INTEGRATE","indicator":"A.1 Literasi","unit":"%% murid","baseline":40,"target":60,"dueDate":"%s"}"""
							.formatted(LocalDate.now().plusDays(90)))
				.json()
				.get("id")
				.asLong();
			for (int value : List.of(45, 50)) {
				Response measured = guru.post("/api/v1/communities/" + id + "/goals/" + goal + "/measurements",
						"{\"value\":" + value + ",\"measuredOn\":\"" + LocalDate.now().minusDays(value) + "\"}");
				assertThat(measured.status()).as(measured.body()).isEqualTo(201);
			}
			assertThat(guru.post("/api/v1/communities/" + id + "/cycles", "{\"goalId\":" + goal + "}").status())
				.isEqualTo(201);
		}
		return id;
	}

	/** The page's main part (the layout around it carries a CSRF token of its own). */
	private static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	private void forgetEverything() throws InterruptedException {
		for (String topic : List.of("community-snapshots", "community-lists", "community-member-of")) {
			invalidation.invalidateAll(topic);
		}
		// the eviction comes back from the database's NOTIFY too: a read it overtakes is
		// rightly not kept (CommunitySnapshots), which would count the statements twice
		Thread.sleep(2_000);
	}

}
