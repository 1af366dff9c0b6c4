package id.kombel.knowledge.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import id.kombel.knowledge.question.Answer;
import id.kombel.knowledge.question.Question;
import id.kombel.knowledge.QuestionForm;
import id.kombel.knowledge.Visibility;

/**
 * The search filter ({@link Audience}) finds exactly the listed items {@link Reader#sees}
 * lets a reader open.
 */
class AudienceTest {

	static final List<String> REGIONS = List.of("12", "12.11", "12.11.05", "12.12", "12.71", "31.71");

	static final List<Reader> READERS = List.of(new Reader(-1, false, Set.of(), Set.of(), Set.of(), Set.of()),
			new Reader(7, false, Set.of(), Set.of(), Set.of(), Set.of()),
			new Reader(8, false, Set.of("12", "12.11", "12.11.05"), Set.of(), Set.of(3L), Set.of(3L)),
			new Reader(9, false, Set.of(), Set.of("12.11"), Set.of(), Set.of()),
			new Reader(10, false, Set.of(), Set.of("12"), Set.of(4L, 5L), Set.of()),
			new Reader(11, false, Set.of("12", "12.71"), Set.of("12.11.05"), Set.of(), Set.of()));

	@Test
	void aReaderFindsExactlyTheListedItemsTheyMayOpen() {
		List<Placement> items = new ArrayList<>();
		for (Visibility v : Visibility.values()) {
			for (String region : REGIONS) {
				for (Long community : new Long[] { null, 3L, 5L, 6L }) {
					for (long author : new long[] { 7, 8, 99 }) {
						items.add(new Placement(v, region, community, author, false));
					}
				}
			}
		}
		int seen = 0;
		for (Reader reader : READERS) {
			List<String> mine = Audience.of(reader);
			for (Placement item : items) {
				List<String> keys = Audience.of(true, item.visibility(), item.regionCode(), item.communityId(),
						item.authorId());
				boolean found = !Collections.disjoint(mine, keys);
				assertThat(found).as(reader + " " + item).isEqualTo(reader.sees(item));
				seen += found ? 1 : 0;
				assertThat(Collections.disjoint(mine,
						Audience.of(false, item.visibility(), item.regionCode(), item.communityId(), item.authorId())))
					.as("unlisted: found by nobody")
					.isTrue();
			}
		}
		assertThat(seen).as("the grid has items both seen and unseen").isBetween(1, READERS.size() * items.size() - 1);
	}

	/**
	 * An answer is read on its question's page: it is found exactly by those who may open
	 * that question, its own author included only while they still may (a member who
	 * answered in a community and left it no longer sees the thread, nor its title in a
	 * result).
	 */
	@Test
	void anAnswerIsFoundExactlyByTheReadersOfItsQuestion() {
		int seen = 0;
		for (Visibility v : Visibility.values()) {
			for (String region : REGIONS) {
				for (Long community : new Long[] { null, 3L, 5L, 6L }) {
					Question q = new Question(new QuestionForm("Siswa kurang fokus", "Bagaimana?", null, List.of(),
							List.of(), v, region, community, null), 99, "Penanya", Instant.EPOCH);
					q.place(List.of(), List.of(), v, region, community, null);
					Answer a = new Answer(q, "Coba ini.", 7, "Penjawab", Instant.EPOCH);
					for (Reader reader : READERS) {
						boolean found = !Collections.disjoint(Audience.of(reader), a.getAudience());
						assertThat(found).as(reader + " answer on " + q.placement())
							.isEqualTo(reader.sees(q.placement()));
						seen += found ? 1 : 0;
					}
				}
			}
		}
		assertThat(seen).as("some answers are found").isPositive();
	}

}
