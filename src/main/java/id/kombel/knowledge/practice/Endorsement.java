package id.kombel.knowledge.practice;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** "Useful, I will try it": one per reader and practice. */
@Entity
@Table(name = "practice_endorsement")
@IdClass(Endorsement.Key.class)
public class Endorsement {

	public record Key(long practiceId, long accountId) implements Serializable {
		Key() {
			this(0, 0);
		}
	}

	@Id
	@Column(name = "practice_id")
	private long practiceId;

	@Id
	@Column(name = "account_id")
	private long accountId;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Endorsement() {
	}

	public Endorsement(long practiceId, long accountId, Instant at) {
		this.practiceId = practiceId;
		this.accountId = accountId;
		this.createdAt = at;
	}

}
