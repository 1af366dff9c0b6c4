package id.kombel.knowledge.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.kombel.knowledge.item.ItemType;

/** A comment on a practice or a material. */
@Entity
@Table(name = "knowledge_comment")
public class Comment {

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

	public Comment(ItemType targetType, long targetId, String body, long authorId, String authorName, Instant at) {
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

	public ItemType targetType() {
		return targetType;
	}

	public long targetId() {
		return targetId;
	}

	public boolean hidden() {
		return hidden;
	}

	public void setHidden(boolean hidden) {
		this.hidden = hidden;
	}

	public CommentView view() {
		return new CommentView(id, authorId, authorName, body, createdAt, hidden);
	}

}
