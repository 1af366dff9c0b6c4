package id.kombel.communities.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import id.kombel.support.SqlCounter;
import tools.jackson.databind.JsonNode;

/**
 * A name search walks the communities of its text's rarest three-letter piece (issue 17):
 * it finds what the general search finds, in the same order, and follows a community
 * created, renamed, moved or newly active at once.
 */
@Import(SqlCounter.class)
class NameTrigramsTest extends IntegrationTest {

	@Autowired
	SqlCounter sql;

	@Autowired
	CommunityLists lists;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CommunityRepository communities;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aSearchByPiecesFindsWhatTheGeneralSearchFindsInTheListsOrder() {
		// an administrator places communities anywhere
		Api guru = api().as("admin@demo.kombel.id");
		String token = UUID.randomUUID().toString().substring(0, 6);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			ids.add(create(guru, "Gugus " + token + " SD " + (i % 3) + "_" + i, i % 2 == 0 ? "12.11" : "31.71"));
		}
		for (String text : List.of(token, token + " sd 1", "SD 2_1", "gugus " + token.substring(0, 4), "_1", "2_",
				token.toUpperCase(Locale.ROOT) + " sd 1_1")) {
			for (String region : new String[] { null, "12", "31" }) {
				CommunityQuery query = new CommunityQuery(region, null, null, null, text, null, 0, 20);
				assertThat(lists.page(query).content()).as("'%s' in %s", text, region).isEqualTo(general(text, region));
			}
		}
		assertThat(lists.page(new CommunityQuery(null, null, null, null, token, null, 0, 20)).content())
			.as("no activity yet: by name")
			.hasSize(12)
			.startsWith(ids.get(0), ids.get(3), ids.get(6), ids.get(9), ids.get(1), ids.get(10));
		sql.reset();
		assertThat(guru.get("/api/v1/communities?region=12&q=" + token + "%20sd").status()).isEqualTo(200);
		assertThat(sql.statements()).as("the search walked the pieces")
			.anyMatch(s -> s.contains("from community_name_trigram where trigram = ?"))
			.noneMatch(s -> s.startsWith("select id from community"));
		sql.reset();
		assertThat(guru.get("/api/v1/communities?level=SD&q=" + token).status()).isEqualTo(200);
		assertThat(sql.statements()).as("a level with the name: the general way")
			.anyMatch(s -> s.startsWith("select id from community"));

		// newly active: first in the list
		Instant soon = Instant.now().plus(1, ChronoUnit.DAYS);
		transactions.executeWithoutResult(t -> communities.findById(ids.get(7)).orElseThrow().noteActivity(soon));
		assertThat(lists.page(new CommunityQuery(null, null, null, null, token, null, 0, 20)).content().get(0))
			.isEqualTo(ids.get(7));

		// renamed and moved: found by the new name in the new province only
		Response renamed = guru.put("/api/v1/communities/" + ids.get(3), "{\"name\":\"Kelompok " + token
				+ " baru\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(lists.page(new CommunityQuery(null, null, null, null, "Gugus " + token, null, 0, 20)).content())
			.hasSize(11)
			.doesNotContain(ids.get(3));
		assertThat(lists.page(new CommunityQuery("12", null, null, null, token + " baru", null, 0, 20)).content())
			.containsExactly(ids.get(3));
		assertThat(lists.page(new CommunityQuery("31", null, null, null, token + " baru", null, 0, 20)).content())
			.isEmpty();
		JsonNode api = guru.get("/api/v1/communities?q=" + token + "%20baru").json();
		assertThat(api.get("content").get(0).get("name").asString()).isEqualTo("Kelompok " + token + " baru");

		// deleted with its community
		jdbc.update("delete from community where id = ?", ids.get(5));
		assertThat(jdbc.queryForObject("select count(*) from community_name_trigram where community_id = ?",
				Integer.class, ids.get(5)))
			.isZero();
	}

	@Test
	void piecesAreThreeLettersWithoutWildcards() {
		assertThat(NameTrigrams.pieces("sd 12")).containsExactly("sd ", "d 1", " 12");
		assertThat(NameTrigrams.pieces("a_bc%d")).isEmpty();
		assertThat(NameTrigrams.pieces("ab")).isEmpty();
		assertThat(NameTrigrams.pieces("kkg 😀 x")).as("a letter beyond the first plane: the general way").isEmpty();
	}

	private List<Long> general(String text, String province) {
		List<Object> params = new ArrayList<>(List.of("%" + text.strip().toLowerCase(Locale.ROOT) + "%"));
		if (province != null) {
			params.add(province);
		}
		params.add(CommunityLists.SEARCH_COUNTED + 1);
		List<Long> ids = jdbc.queryForList(
				"select id from community where lower(name) like ?" + (province == null ? "" : " and province_code = ?")
						+ " order by last_activity_at desc nulls last, name, id limit ?",
				Long.class, params.toArray());
		return ids.subList(0, Math.min(20, ids.size()));
	}

	private static long create(Api guru, String name, String region) {
		Response created = guru.post("/api/v1/communities", "{\"name\":\"" + name
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"" + region + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

}
