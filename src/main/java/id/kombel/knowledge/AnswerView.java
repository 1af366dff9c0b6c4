package id.kombel.knowledge;

import java.time.Instant;

public record AnswerView(long id, long questionId, String body, long authorId, String authorName, Instant createdAt,
		boolean accepted) {
}
