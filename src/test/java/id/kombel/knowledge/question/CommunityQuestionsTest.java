package id.kombel.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * A community's questions page (its forum): title, asker, date, answers and the accepted
 * mark; what the reader may see only; newest first, a page at a time.
 */
class CommunityQuestionsTest extends IntegrationTest {

	@Test
	void membersSeeEveryQuestionOfTheirCommunityOthersOnlyThePublicOnes() {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long community = create(guru, "/api/v1/communities", "{\"name\":\"Kombel Forum " + word()
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		anggota.post("/api/v1/communities/" + community + "/join", "");
		String inside = "Hanya anggota " + word();
		String open = "Terbuka untuk semua " + word();
		long q = create(anggota, "/api/v1/questions", "{\"title\":\"" + inside
				+ "\",\"body\":\"Isi\",\"visibility\":\"COMMUNITY\",\"communityId\":" + community + "}");
		create(guru, "/api/v1/questions", "{\"title\":\"" + open + "\",\"body\":\"Isi\",\"visibility\":\"PUBLIC\","
				+ "\"communityId\":" + community + "}");
		long a = create(guru, "/api/v1/questions/" + q + "/answers", "{\"body\":\"Coba exit ticket\"}");
		assertThat(anggota.post("/api/v1/questions/" + q + "/answers/" + a + ":accept", "").status()).isEqualTo(200);

		Response forum = anggota.inLanguage("id").get("/communities/" + community + "/questions");
		assertThat(forum.status()).isEqualTo(200);
		assertThat(forum.body()).contains(inside, open, "1 jawaban", "Jawaban terpilih", "0 jawaban");
		assertThat(forum.body().indexOf(open)).as("newest first").isLessThan(forum.body().indexOf(inside));
		assertThat(guru.get("/communities/" + community).body()).contains("/communities/" + community + "/questions");

		// a question for the region: seen by a principal of a school there, member or not
		String region = "Untuk wilayah Dairi " + word();
		create(anggota, "/api/v1/questions",
				"{\"title\":\"" + region
						+ "\",\"body\":\"Isi\",\"visibility\":\"REGION\",\"regionCode\":\"12.11\",\"communityId\":"
						+ community + "}");
		assertThat(anggota.get("/communities/" + community + "/questions").body()).contains(region, inside);

		Response outside = api().as("kepsek@demo.kombel.id").get("/communities/" + community + "/questions");
		assertThat(outside.status()).isEqualTo(200);
		assertThat(outside.body()).contains(open, region).doesNotContain(inside).doesNotContain("Jawaban terpilih");
		assertThat(api().as("admin@demo.kombel.id").get("/communities/" + community + "/questions").body())
			.contains(inside, open);
	}

	@Test
	void aLongForumIsReadAPageAtATimeNewestFirst() {
		Api guru = api().as("guru@demo.kombel.id");
		long community = create(guru, "/api/v1/communities", "{\"name\":\"Kombel Ramai " + word()
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		List<String> titles = new ArrayList<>();
		for (int i = 1; i <= CommunityQuestions.PAGE + 3; i++) {
			String title = String.format("Pertanyaan nomor %02d %s", i, word());
			titles.add(title);
			create(guru, "/api/v1/questions", "{\"title\":\"" + title + "\",\"body\":\"Isi\",\"visibility\":"
					+ "\"COMMUNITY\",\"communityId\":" + community + "}");
		}
		String first = guru.get("/communities/" + community + "/questions").body();
		assertThat(titles.subList(3, titles.size())).allMatch(first::contains);
		assertThat(titles.subList(0, 3)).noneMatch(first::contains);
		Matcher next = Pattern.compile("/communities/" + community + "/questions\\?before=(\\d+)").matcher(first);
		assertThat(next.find()).as("a link to the older questions").isTrue();
		String second = guru.get(next.group()).body();
		assertThat(titles.subList(0, 3)).allMatch(second::contains);
		assertThat(titles.subList(3, titles.size())).noneMatch(second::contains);
		assertThat(second).doesNotContain("?before=");
	}

	@Test
	void anUnknownCommunityOrABadPageIsAClearAnswerNeverAFailure() {
		Api guru = api().as("guru@demo.kombel.id");
		Response missing = guru.inLanguage("id").get("/communities/987654321/questions");
		assertThat(missing.status()).isEqualTo(404);
		Response bad = guru.inLanguage("id").get("/communities/1/questions?before=abc");
		assertThat(bad.status()).as(bad.body()).isEqualTo(400);
	}

	private static long create(Api api, String path, String body) {
		Response r = api.post(path, body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

	private static String word() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
