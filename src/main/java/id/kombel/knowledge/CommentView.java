package id.kombel.knowledge;

import java.time.Instant;

public record CommentView(long id, long authorId, String authorName, String body, Instant createdAt) {
}
