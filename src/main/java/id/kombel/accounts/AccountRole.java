package id.kombel.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import id.kombel.shared.access.Role;

@Entity
@Table(name = "account_role")
class AccountRole {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	@JoinColumn(name = "account_id")
	private Account account;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "school_id")
	private Long schoolId;

	@Column(name = "office_id")
	private Long officeId;

	protected AccountRole() {
	}

	AccountRole(Account account, Grant grant) {
		this.account = account;
		this.role = grant.role();
		this.regionCode = grant.regionCode();
		this.schoolId = grant.schoolId();
		this.officeId = grant.officeId();
	}

	Grant grant() {
		return new Grant(role, regionCode, schoolId, officeId);
	}

}
