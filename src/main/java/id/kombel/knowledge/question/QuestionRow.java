package id.kombel.knowledge.question;

import java.time.Instant;

/**
 * One line of a community's forum: what a question list shows, read from the question's
 * own columns (its answers are counted as they are posted).
 */
public record QuestionRow(long id, String title, String authorName, Instant createdAt, int answerCount,
		Long acceptedAnswerId) {

	public boolean accepted() {
		return acceptedAnswerId != null;
	}

}
