package id.kombel.activities.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.kombel.activities.ActivityView;
import id.kombel.activities.TaskKind;

@Entity
@Table(name = "activity_task")
public class Task {

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

	public Task(long activityId, long accountId, String displayName, TaskKind kind, String label) {
		this.activityId = activityId;
		this.accountId = accountId;
		this.displayName = displayName;
		this.kind = kind;
		this.label = label == null || label.isBlank() ? null : label.strip();
	}

	public long activityId() {
		return activityId;
	}

	public long accountId() {
		return accountId;
	}

	public TaskKind kind() {
		return kind;
	}

	public ActivityView.TaskView view() {
		return new ActivityView.TaskView(id, accountId, displayName, kind, label);
	}

}
