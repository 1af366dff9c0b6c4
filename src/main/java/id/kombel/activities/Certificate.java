package id.kombel.activities;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Proof of attendance with a number anyone can verify at {@code /certificates/{number}}. */
@Entity
@Table(name = "certificate")
class Certificate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String number;

	@Column(name = "activity_id")
	private Long activityId;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "holder_name")
	private String holderName;

	@Column(name = "issued_at")
	private Instant issuedAt;

	protected Certificate() {
	}

	Certificate(String number, long activityId, long accountId, String holderName, Instant now) {
		this.number = number;
		this.activityId = activityId;
		this.accountId = accountId;
		this.holderName = holderName;
		this.issuedAt = now;
	}

	String number() {
		return number;
	}

	long activityId() {
		return activityId;
	}

	long accountId() {
		return accountId;
	}

	String holderName() {
		return holderName;
	}

	Instant issuedAt() {
		return issuedAt;
	}
}
