package id.kombel.knowledge.material;

import java.time.Instant;
import java.util.List;

import id.kombel.shared.Level;
import id.kombel.knowledge.MaterialKind;
import id.kombel.knowledge.Visibility;

/**
 * A teaching material with its versions (newest first) and how often it was downloaded.
 */
public record MaterialView(long id, String title, String description, MaterialKind kind, String topic,
		List<String> tags, List<Level> levels, List<String> subjects, Visibility visibility, String regionCode,
		Long communityId, Long activityId, long authorId, String authorName, boolean hidden, int currentVersion,
		long downloadCount, boolean canEdit, boolean canModerate, Instant createdAt, Instant updatedAt,
		List<VersionView> versions) {
}
