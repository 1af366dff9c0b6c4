package id.kombel.knowledge;

import java.time.Instant;
import java.util.List;

import id.kombel.shared.Level;

/**
 * A question with its answers. {@code minutesToFirstAnswer} and {@code minutesToAccepted}
 * track how quickly the community helped; {@code canAccept} tells the asking account
 * whether it may accept.
 */
public record QuestionView(long id, String title, String body, String kind, List<Level> levels, List<String> subjects,
		Visibility visibility, String regionCode, Long communityId, Long activityId, long authorId, String authorName,
		boolean hidden, int answerCount, Long acceptedAnswerId, Long minutesToFirstAnswer, Long minutesToAccepted,
		boolean canAccept, boolean canModerate, Instant createdAt, List<AnswerView> answers) {
}
