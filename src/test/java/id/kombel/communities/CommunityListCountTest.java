package id.kombel.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.communities.community.CommunityLists;
import id.kombel.communities.community.NameTrigrams;
import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * A community list counts up to {@link CommunityLists#COUNTED} communities, a name search
 * up to {@link CommunityLists#SEARCH_COUNTED}: beyond that it says "more than", offers
 * the next page, and is exact again where the list ends.
 */
class CommunityListCountTest extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NameTrigrams trigrams;

	@Test
	void aLongListSaysMoreThanAndStillPagesToItsEnd() {
		String name = "Kombel Ramai " + UUID.randomUUID().toString().substring(0, 8);
		int many = CommunityLists.COUNTED + 5;
		jdbc.sql("""
				insert into community (name, kind, levels, region_code, province_code, regency_code, join_policy,
				                       created_at, last_activity_at)
				select :name || ' ' || g, 'ONLINE', ',SD,', '12.11', '12', '12.11', 'OPEN', now(),
				       now() - interval '1 minute' * g
				from generate_series(1, :many) g
				""").param("name", name).param("many", many).update();
		// written in bulk, past the entities: their name pieces too
		trigrams.refreshAll();
		try {
			Api guru = api().as("guru@demo.kombel.id");
			String q = "q=" + name.replace(" ", "%20");
			JsonNode first = guru.get("/api/v1/communities?" + q + "&size=20").json();
			assertThat(first.get("totalExact").asBoolean()).isFalse();
			assertThat(first.get("totalElements").asLong()).isEqualTo(CommunityLists.SEARCH_COUNTED);
			assertThat(first.get("totalPages").asInt()).as("one page past the counted ones").isEqualTo(6);
			assertThat(first.get("content").get(0).get("name").asString()).as("latest activity first")
				.isEqualTo(name + " 1");
			JsonNode last = guru.get("/api/v1/communities?" + q + "&size=20&page=50").json();
			assertThat(last.get("totalExact").asBoolean()).isTrue();
			assertThat(last.get("totalElements").asLong()).isEqualTo(many);
			assertThat(last.get("content")).hasSize(5);
			assertThat(last.get("content").get(4).get("name").asString()).isEqualTo(name + " " + many);
			assertThat(guru.inLanguage("id").get("/communities?" + q).body()).contains("Lebih dari 100 komunitas");
			assertThat(guru.inLanguage("en").get("/communities?" + q).body()).contains("More than 100 communities");
			JsonNode region = guru.get("/api/v1/communities?region=12.11&size=20").json();
			assertThat(region.get("totalExact").asBoolean()).isFalse();
			assertThat(region.get("totalElements").asLong()).isEqualTo(CommunityLists.COUNTED);
			assertThat(region.get("totalPages").asInt()).isEqualTo(51);
			assertThat(guru.inLanguage("id").get("/communities?region=12.11").body())
				.contains("Lebih dari 1.000 komunitas");
			JsonNode few = guru.get("/api/v1/communities?q=" + name.replace(" ", "%20") + "%2010").json();
			assertThat(few.get("totalExact").asBoolean()).isTrue();
			assertThat(few.get("totalElements").asLong()).as(name + " 10, 100..109, 1000..1005").isEqualTo(17);
			assertThat(guru.get("/api/v1/communities?" + q + "&page=2000000000").status()).isEqualTo(200);
		}
		finally {
			jdbc.sql("delete from community where name like :name").param("name", name + " %").update();
		}
	}

}
