package id.kombel.knowledge.material;

import java.time.Instant;

public record VersionView(int version, String fileName, String contentType, long sizeBytes, String note, long authorId,
		String authorName, long downloadCount, Instant createdAt) {
}
