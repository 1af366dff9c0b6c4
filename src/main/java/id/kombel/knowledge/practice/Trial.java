package id.kombel.knowledge.practice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone tried the practice in their class, and says how it went. */
@Entity
@Table(name = "practice_trial")
public class Trial {

	public enum Outcome {

		WORKED, PARTLY, DID_NOT_WORK

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "practice_id")
	private long practiceId;

	@Column(name = "account_id")
	private long accountId;

	@Column(name = "author_name")
	private String authorName;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String note;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Trial() {
	}

	public Trial(long practiceId, long accountId, String authorName, Outcome outcome, String note, Instant at) {
		this.practiceId = practiceId;
		this.accountId = accountId;
		this.authorName = authorName;
		this.outcome = outcome;
		this.note = note;
		this.createdAt = at;
	}

	public TrialView view() {
		return new TrialView(id, accountId, authorName, outcome.name(), note, createdAt);
	}

}
