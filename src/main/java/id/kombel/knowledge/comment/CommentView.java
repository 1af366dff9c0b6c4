package id.kombel.knowledge.comment;

import java.time.Instant;

/** A comment; {@code hidden} ones are listed only to the item's moderators. */
public record CommentView(long id, long authorId, String authorName, String body, Instant createdAt, boolean hidden) {
}
