package id.kombel.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "educator_id")
	private Long educatorId;

	private boolean enabled;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	private List<AccountRole> roles = new ArrayList<>();

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Long educatorId, Instant now) {
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.educatorId = educatorId;
		this.enabled = true;
		this.createdAt = now;
	}

	void grant(Grant grant) {
		roles.add(new AccountRole(this, grant));
	}

	void replaceGrants(List<Grant> grants) {
		roles.clear();
		grants.forEach(this::grant);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	Long id() {
		return id;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Long educatorId() {
		return educatorId;
	}

	boolean enabled() {
		return enabled;
	}

	List<Grant> grants() {
		return roles.stream().map(AccountRole::grant).toList();
	}

	AccountView view() {
		return new AccountView(id, email, displayName, educatorId, enabled, grants());
	}

}
