package id.kombel.knowledge;

import java.time.Instant;

/** An answer; {@code hidden} ones are listed only to the question's moderators. */
public record AnswerView(long id, long questionId, String body, long authorId, String authorName, Instant createdAt,
		boolean accepted, boolean hidden) {
}
