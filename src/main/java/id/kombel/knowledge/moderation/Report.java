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

/**
 * Someone reports content as inappropriate; a moderator resolves it by hiding it or not.
 */
@Entity
@Table(name = "knowledge_report")
public class Report {

	public enum Reason {

		SPAM, OFFENSIVE, WRONG, PRIVACY, OTHER

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
	private Reason reason;

	private String note;

	@Column(name = "reporter_id")
	private long reporterId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	protected Report() {
	}

	Report(ItemType type, long targetId, Reason reason, String note, long reporterId, Instant at) {
		this.targetType = type;
		this.targetId = targetId;
		this.reason = reason;
		this.note = note;
		this.reporterId = reporterId;
		this.createdAt = at;
	}

	void resolve(Instant at) {
		resolvedAt = at;
	}

	long reporterId() {
		return reporterId;
	}

	ReportView view() {
		return new ReportView(id, targetType.key(), targetId, reason.name(), note, createdAt, resolvedAt);
	}

}
