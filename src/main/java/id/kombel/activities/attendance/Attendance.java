package id.kombel.activities.attendance;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.kombel.activities.ActivityView;
import id.kombel.activities.AttendanceStatus;

@Entity
@Table(name = "attendance")
public class Attendance {

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
	private AttendanceStatus status;

	/** CODE (self check-in) or ROLL_CALL (marked by a facilitator). */
	private String method;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected Attendance() {
	}

	public Attendance(long activityId, long accountId, String displayName, AttendanceStatus status, String method,
			Instant now) {
		this.activityId = activityId;
		this.accountId = accountId;
		this.displayName = displayName;
		this.status = status;
		this.method = method;
		this.updatedAt = now;
	}

	public void mark(AttendanceStatus newStatus, String how, Instant now) {
		status = newStatus;
		method = how;
		updatedAt = now;
	}

	public long activityId() {
		return activityId;
	}

	public long accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public AttendanceStatus status() {
		return status;
	}

	public ActivityView.AttendanceView view() {
		return new ActivityView.AttendanceView(accountId, displayName, status, method, updatedAt);
	}

}
