package id.kombel.knowledge.moderation;

import java.time.Instant;

public record ReportView(long id, String type, long targetId, String reason, String note, Instant createdAt,
		Instant resolvedAt) {
}
