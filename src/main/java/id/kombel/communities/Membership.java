package id.kombel.communities;

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

@Entity
@EntityListeners(CommunityChanges.class)
@Table(name = "membership")
class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "community_id")
	private Long communityId;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private MemberRole role;

	@Enumerated(EnumType.STRING)
	private MemberStatus status;

	@Column(name = "joined_at")
	private Instant joinedAt;

	@Column(name = "last_participated_at")
	private Instant lastParticipatedAt;

	protected Membership() {
	}

	Membership(long communityId, long accountId, String displayName, MemberRole role, MemberStatus status,
			Instant now) {
		this.communityId = communityId;
		this.accountId = accountId;
		this.displayName = displayName;
		this.role = role;
		this.status = status;
		this.joinedAt = now;
	}

	void approve() {
		status = MemberStatus.ACTIVE;
	}

	void setRole(MemberRole role) {
		this.role = role;
	}

	long communityId() {
		return communityId;
	}

	long accountId() {
		return accountId;
	}

	MemberRole role() {
		return role;
	}

	MemberStatus status() {
		return status;
	}

	boolean active() {
		return status == MemberStatus.ACTIVE;
	}

	Instant lastParticipatedAt() {
		return lastParticipatedAt;
	}

	MemberView view() {
		return new MemberView(accountId, displayName, role, status, joinedAt, lastParticipatedAt);
	}
}
