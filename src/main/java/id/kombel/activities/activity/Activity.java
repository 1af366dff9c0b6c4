package id.kombel.activities.activity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.kombel.activities.ActivityForm;
import id.kombel.activities.ActivityMode;
import id.kombel.activities.ActivityRole;

@Entity
@EntityListeners(ActivityChanges.class)
@Table(name = "activity")
public class Activity {

	/** A check-in code works from this long before the start ... */
	static final Duration OPENS_BEFORE = Duration.ofMinutes(30);

	/** ... until this long after the end. */
	static final Duration CLOSES_AFTER = Duration.ofMinutes(60);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "community_id")
	private Long communityId;

	private String title;

	@Enumerated(EnumType.STRING)
	private ActivityRole role;

	@Enumerated(EnumType.STRING)
	private ActivityMode mode;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "meeting_link")
	private String meetingLink;

	private String venue;

	private String agenda;

	@Column(name = "check_in_code")
	private String checkInCode;

	private String minutes;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Activity() {
	}

	public Activity(long communityId, long createdBy, String checkInCode, Instant now) {
		this.communityId = communityId;
		this.createdBy = createdBy;
		this.checkInCode = checkInCode;
		this.createdAt = now;
	}

	public void apply(ActivityForm form, Instant starts, Instant ends) {
		title = form.title().strip();
		role = form.role();
		mode = form.mode();
		startsAt = starts;
		endsAt = ends;
		meetingLink = blankToNull(form.meetingLink());
		venue = blankToNull(form.venue());
		agenda = blankToNull(form.agenda());
	}

	public boolean checkInOpenAt(Instant now) {
		return !now.isBefore(startsAt.minus(OPENS_BEFORE)) && !now.isAfter(endsAt.plus(CLOSES_AFTER));
	}

	public void writeMinutes(String text) {
		minutes = blankToNull(text);
	}

	public void close(Instant now) {
		if (closedAt == null) {
			closedAt = now;
		}
	}

	public Long id() {
		return id;
	}

	public long communityId() {
		return communityId;
	}

	public String title() {
		return title;
	}

	public ActivityRole role() {
		return role;
	}

	public ActivityMode mode() {
		return mode;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public String meetingLink() {
		return meetingLink;
	}

	public String venue() {
		return venue;
	}

	public String agenda() {
		return agenda;
	}

	public String checkInCode() {
		return checkInCode;
	}

	public String minutes() {
		return minutes;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
