package id.kombel.activities.certificate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Proof of attendance with a number anyone can verify at {@code /certificates/{number}}.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

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

	/** JP as the community set them when this was issued; null: none. */
	private Integer hours;

	protected Certificate() {
	}

	public Certificate withHours(Integer jp) {
		this.hours = jp;
		return this;
	}

	public Integer hours() {
		return hours;
	}

	public Certificate(String number, long activityId, long accountId, String holderName, Instant now) {
		this.number = number;
		this.activityId = activityId;
		this.accountId = accountId;
		this.holderName = holderName;
		this.issuedAt = now;
	}

	public String number() {
		return number;
	}

	public long activityId() {
		return activityId;
	}

	public long accountId() {
		return accountId;
	}

	public String holderName() {
		return holderName;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

}
