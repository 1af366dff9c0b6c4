package id.kombel.communities.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import id.kombel.support.SqlCounter;

/**
 * The member's community page when it is in no cache (a node just started, or the
 * community is one of the long tail nobody opened lately): what it costs in SQL
 * statements, so that the miss path cannot silently grow back (issue 17).
 */
@Import(SqlCounter.class)
class CommunityPageQueriesTest extends IntegrationTest {

	/**
	 * The community page read in this many statements when nothing of it is cached (the
	 * member's token is): the community with its starter steps, its people, its goals
	 * with their measurements, its cycles, what is coming up. Before issue 17 it took
	 * eight for a community of one goal, and one more for each further goal.
	 */
	static final int UNCACHED_PAGE = 5;

	@Autowired
	SqlCounter sql;

	@Autowired
	CacheInvalidation invalidation;

	@Test
	void anUncachedCommunityPageIsReadInAFewStatementsAndACachedOneInNone() throws InterruptedException {
		Api guru = api().as("guru@demo.kombel.id");
		Api member = api().as("anggota@demo.kombel.id");
		long community = community(guru, member);
		String path = "/communities/" + community;
		// never shown yet: its page was never rendered; its snapshot and agenda go
		forgetEverything();
		sql.reset();
		Response cold = member.get(path);
		List<String> statements = sql.statements();
		System.out.println("Uncached community page: " + statements.size() + " SQL statements");
		assertThat(cold.status()).isEqualTo(200);
		assertThat(cold.body()).contains("Pekan literasi", "A.1 Literasi", "Rapat pertama")
			.as("the layout, rendered once, is the member's: their name, their own token")
			.contains("<span class=\"name\">"
					+ member.get("/api/v1/tokens/current").json().path("displayName").asString())
			.doesNotContain("kombel-shell-")
			// read with a bearer token: no CSRF token to make (BearerCsrfTest)
			.contains("name=\"_csrf\" value=\"\"");
		assertThat(cold.raw().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("XSRF-TOKEN="));
		// written as bytes kept from its first rendering, with its length said
		assertThat(cold.raw().headers().firstValueAsLong("Content-Length"))
			.hasValue(cold.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
		// and the security headers still come with a body written as bytes
		assertThat(cold.raw().headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
		assertThat(cold.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(statements).as("statements of an uncached community page").hasSizeLessThanOrEqualTo(UNCACHED_PAGE);

		sql.reset();
		Response warm = member.get(path);
		assertThat(main(warm.body())).as("the same page").isEqualTo(main(cold.body()));
		assertThat(sql.statements()).as("statements of a cached community page").isEmpty();

		forgetEverything();
		sql.reset();
		assertThat(member.get("/api/v1/communities/" + community).status()).isEqualTo(200);
		assertThat(sql.statements()).as("statements of an uncached community in the API").hasSizeLessThanOrEqualTo(4);
	}

	/** The page's main part (the layout around it carries a CSRF token of its own). */
	private static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	private void forgetEverything() throws InterruptedException {
		for (String topic : List.of("community-snapshots", "activity-agenda")) {
			invalidation.invalidateAll(topic);
		}
		// the eviction comes back from the database's NOTIFY too: a read it overtakes is
		// rightly not kept (CommunitySnapshots), which would count the statements twice
		Thread.sleep(2_000);
	}

	private static long community(Api guru, Api member) {
		Response created = guru
			.post("/api/v1/communities", "{\"name\":\"Pekan literasi " + UUID.randomUUID().toString().substring(0, 8)
					+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\",\"subjects\":[\"Bahasa\"]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(member.post("/api/v1/communities/" + id + "/join", "").status()).isEqualTo(201);
		long goal = guru
			.post("/api/v1/communities/" + id + "/goals",
					"""
							{"purpose":"INTEGRATE","indicator":"A.1 Literasi","unit":"%% murid","baseline":40,"target":60,"dueDate":"%s"}"""
						.formatted(LocalDate.now().plusDays(90)))
			.json()
			.get("id")
			.asLong();
		assertThat(guru.post("/api/v1/communities/" + id + "/cycles", "{\"goalId\":" + goal + "}").status())
			.isEqualTo(201);
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(2).truncatedTo(ChronoUnit.MINUTES);
		Response activity = guru.post("/api/v1/communities/" + id + "/activities",
				"{\"title\":\"Rapat pertama\",\"role\":\"LEARNING\",\"mode\":\"OFFLINE\",\"venue\":\"Ruang guru\","
						+ "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(1) + "\"}");
		assertThat(activity.status()).as(activity.body()).isEqualTo(201);
		return id;
	}

}
