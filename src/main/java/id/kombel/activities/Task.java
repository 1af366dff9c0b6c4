package id.kombel.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "activity_task")
class Task {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activity_id")
	private Long activityId;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private TaskKind kind;

	private String label;

	protected Task() {
	}

	Task(long activityId, long accountId, String displayName, TaskKind kind, String label) {
		this.activityId = activityId;
		this.accountId = accountId;
		this.displayName = displayName;
		this.kind = kind;
		this.label = label == null || label.isBlank() ? null : label.strip();
	}

	long activityId() {
		return activityId;
	}

	long accountId() {
		return accountId;
	}

	TaskKind kind() {
		return kind;
	}

	ActivityView.TaskView view() {
		return new ActivityView.TaskView(id, accountId, displayName, kind, label);
	}
}
