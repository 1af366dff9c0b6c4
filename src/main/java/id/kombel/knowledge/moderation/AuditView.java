package id.kombel.knowledge.moderation;

import java.time.Instant;

public record AuditView(long id, String type, long targetId, String action, long actorId, String actorName, String note,
		Instant createdAt) {
}
