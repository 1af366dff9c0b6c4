package id.kombel.knowledge.practice;

import java.time.Instant;
import java.util.List;

import id.kombel.shared.Level;
import id.kombel.knowledge.photo.PhotoView;
import id.kombel.knowledge.Visibility;

/**
 * A good practice as readers see it; {@code endorsedByMe} and {@code mine} describe the
 * asking account; {@code photos} are its evidence photos in upload order.
 */
public record PracticeView(long id, String title, String context, String problem, String action, String evidence,
		String result, String reflection, String topic, List<String> tags, List<Level> levels, List<String> subjects,
		Visibility visibility, String regionCode, Long communityId, Long activityId, long authorId, String authorName,
		String status, boolean hidden, int revision, int endorsements, int trials, boolean endorsedByMe, boolean mine,
		boolean canModerate, Instant createdAt, Instant updatedAt, List<PhotoView> photos) {
}
