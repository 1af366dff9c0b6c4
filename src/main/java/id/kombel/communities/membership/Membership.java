package id.kombel.communities.membership;

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
import id.kombel.communities.community.CommunityChanges;
import id.kombel.communities.MemberRole;
import id.kombel.communities.MemberStatus;
import id.kombel.communities.MemberView;

@Entity
@EntityListeners(CommunityChanges.class)
@Table(name = "membership")
public class Membership {

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

	public Membership(long communityId, long accountId, String displayName, MemberRole role, MemberStatus status,
			Instant now) {
		this.communityId = communityId;
		this.accountId = accountId;
		this.displayName = displayName;
		this.role = role;
		this.status = status;
		this.joinedAt = now;
	}

	public void approve() {
		status = MemberStatus.ACTIVE;
	}

	public void setRole(MemberRole role) {
		this.role = role;
	}

	public long communityId() {
		return communityId;
	}

	public long accountId() {
		return accountId;
	}

	public MemberRole role() {
		return role;
	}

	MemberStatus status() {
		return status;
	}

	public boolean active() {
		return status == MemberStatus.ACTIVE;
	}

	Instant lastParticipatedAt() {
		return lastParticipatedAt;
	}

	public MemberView view() {
		return new MemberView(accountId, displayName, role, status, joinedAt, lastParticipatedAt);
	}

}
