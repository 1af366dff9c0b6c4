package id.kombel.activities.challenge;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A challenge met applying training; an agenda item of coming activities until solved.
 */
@Entity
@Table(name = "challenge")
class Challenge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "community_id")
	private Long communityId;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "display_name")
	private String displayName;

	private String title;

	private String description;

	private String solution;

	@Column(name = "solved_at")
	private Instant solvedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Challenge() {
	}

	Challenge(long communityId, long accountId, String displayName, ChallengeForm form, Instant now) {
		this.communityId = communityId;
		this.accountId = accountId;
		this.displayName = displayName;
		this.title = form.title().strip();
		this.description = form.description() == null || form.description().isBlank() ? null
				: form.description().strip();
		this.createdAt = now;
	}

	void solve(String how, Instant now) {
		solution = how.strip();
		solvedAt = now;
	}

	long communityId() {
		return communityId;
	}

	ChallengeView view() {
		return new ChallengeView(id, communityId, accountId, displayName, title, description, solution, solvedAt,
				createdAt);
	}

}
