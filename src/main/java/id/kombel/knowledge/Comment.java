package id.kombel.knowledge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment on a practice or a material. */
@Entity
@Table(name = "knowledge_comment")
class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_type")
	private ItemType targetType;

	@Column(name = "target_id")
	private long targetId;

	private String body;

	@Column(name = "author_id")
	private long authorId;

	@Column(name = "author_name")
	private String authorName;

	private boolean hidden;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Comment() {
	}

	Comment(ItemType targetType, long targetId, String body, long authorId, String authorName, Instant at) {
		this.targetType = targetType;
		this.targetId = targetId;
		this.body = body;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = at;
	}

	long id() {
		return id;
	}

	ItemType targetType() {
		return targetType;
	}

	long targetId() {
		return targetId;
	}

	boolean hidden() {
		return hidden;
	}

	void setHidden(boolean hidden) {
		this.hidden = hidden;
	}

	CommentView view() {
		return new CommentView(id, authorId, authorName, body, createdAt, hidden);
	}
}
