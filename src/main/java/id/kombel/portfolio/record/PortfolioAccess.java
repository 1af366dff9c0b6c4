package id.kombel.portfolio.record;

import org.springframework.stereotype.Component;

import id.kombel.accounts.AccountLinks;
import id.kombel.accounts.AccountView;
import id.kombel.accounts.Accounts;
import id.kombel.people.EducatorView;
import id.kombel.people.People;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Role;
import id.kombel.shared.web.NotFoundException;

/**
 * Whose portfolio a user may read. Everyone reads their own. Another educator's is read
 * only by a principal or supervisor of the educator's school (their school grants, for
 * the performance conversation), never written; offices, Balai staff, administrators and
 * other teachers do not read it, whatever else they see, nor does a principal through
 * another role's wider scope (an unknown educator is 404, any other refusal 403, as the
 * people pages answer).
 */
@Component
public class PortfolioAccess {

	private final People people;

	private final AccountLinks links;

	private final Accounts accounts;

	PortfolioAccess(People people, AccountLinks links, Accounts accounts) {
		this.people = people;
		this.links = links;
		this.accounts = accounts;
	}

	public Subject self(KombelUser user) {
		return new Subject(user.accountId(), user.scope().educatorId(), user.email(), user.displayName());
	}

	public Subject educator(KombelUser user, long educatorId) {
		if (own(user, educatorId)) {
			return self(user);
		}
		EducatorView e = people.find(educatorId).orElseThrow(() -> new NotFoundException("educator " + educatorId));
		if (!leads(user, e)) {
			throw new OutOfScopeException("portfolio of educator " + educatorId);
		}
		Long account = links.accountOf(educatorId).orElse(null);
		String email = account == null ? e.email() : accounts.find(account).map(AccountView::email).orElse(e.email());
		return new Subject(account, e.id(), email, e.name());
	}

	/**
	 * May the user open this educator's portfolio (for the link on the educator's page)?
	 * The same rule as {@link #educator}, without looking up the educator's account.
	 */
	public boolean mayRead(KombelUser user, long educatorId) {
		return own(user, educatorId) || people.find(educatorId).map(e -> leads(user, e)).orElse(false);
	}

	private static boolean own(KombelUser user, long educatorId) {
		Long own = user.scope().educatorId();
		return own != null && own == educatorId;
	}

	/**
	 * Is the user a principal or supervisor of the educator's school? A scope's single
	 * schools are exactly the schools of those two roles' grants.
	 */
	static boolean leads(KombelUser user, EducatorView e) {
		return (user.has(Role.PRINCIPAL) || user.has(Role.SUPERVISOR)) && e.schoolId() != null
				&& user.scope().schoolIds().contains(e.schoolId());
	}

}
