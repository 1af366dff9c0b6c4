package id.kombel.shared.access;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account, as every module sees it: who, with which roles, seeing what. */
public final class KombelUser implements UserDetails, CredentialsContainer {

	private final long accountId;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private final Scope scope;

	private String passwordHash;

	public KombelUser(long accountId, String email, String displayName, Set<Role> roles, Scope scope,
			String passwordHash) {
		this.accountId = accountId;
		this.email = email;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
		this.scope = scope;
		this.passwordHash = passwordHash;
	}

	public long accountId() {
		return accountId;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public Scope scope() {
		return scope;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return roles.contains(Role.ADMIN);
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof KombelUser other && other.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "KombelUser[" + accountId + ", " + email + "]";
	}

}
