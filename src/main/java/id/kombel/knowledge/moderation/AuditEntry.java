package id.kombel.knowledge.moderation;

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

/** One step of moderation, kept for good: REPORT, HIDE, RESTORE, DISMISS. */
@Entity
@Table(name = "knowledge_audit")
class AuditEntry {

	enum Action {

		REPORT, HIDE, RESTORE, DISMISS

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_type")
	private ItemType targetType;

	@Column(name = "target_id")
	private long targetId;

	@Enumerated(EnumType.STRING)
	private Action action;

	@Column(name = "actor_id")
	private long actorId;

	@Column(name = "actor_name")
	private String actorName;

	private String note;

	@Column(name = "created_at")
	private Instant createdAt;

	protected AuditEntry() {
	}

	AuditEntry(ItemType type, long targetId, Action action, long actorId, String actorName, String note, Instant at) {
		this.targetType = type;
		this.targetId = targetId;
		this.action = action;
		this.actorId = actorId;
		this.actorName = actorName;
		this.note = note;
		this.createdAt = at;
	}

	AuditView view() {
		return new AuditView(id, targetType.key(), targetId, action.name(), actorId, actorName, note, createdAt);
	}

}
