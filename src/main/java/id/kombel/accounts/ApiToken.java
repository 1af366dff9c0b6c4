package id.kombel.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bearer token for the API; only its SHA-256 hash is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(String tokenHash, long accountId, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean validAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(Instant now) {
		revokedAt = now;
	}

	long accountId() {
		return accountId;
	}

	Instant expiresAt() {
		return expiresAt;
	}

}
