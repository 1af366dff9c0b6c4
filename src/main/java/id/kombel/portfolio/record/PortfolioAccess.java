package id.kombel.portfolio.record;

import org.springframework.stereotype.Component;

import id.kombel.accounts.AccountLinks;
import id.kombel.accounts.Accounts;
import id.kombel.people.EducatorView;
import id.kombel.people.People;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Role;

/**
 * Whose portfolio a user may read. Everyone reads their own. Another educator's is read
 * only by a principal or supervisor whose scope covers them (for the performance
 * conversation), never written; offices, Balai staff, administrators and other teachers
 * do not read it (an unknown educator is 404, one outside scope or to a user of another
 * role 403, as the people pages answer).
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
		Long own = user.scope().educatorId();
		if (own != null && own == educatorId) {
			return self(user);
		}
		EducatorView e = people.get(user.scope(), educatorId);
		if (!user.has(Role.PRINCIPAL) && !user.has(Role.SUPERVISOR)) {
			throw new OutOfScopeException("portfolio of educator " + educatorId);
		}
		Long account = links.accountOf(educatorId).orElse(null);
		String email = account == null ? e.email() : accounts.find(account).map(a -> a.email()).orElse(e.email());
		return new Subject(account, e.id(), email, e.name());
	}

	/**
	 * May the user open this educator's portfolio (for the link on the educator's page)?
	 */
	public boolean mayRead(KombelUser user, long educatorId) {
		try {
			educator(user, educatorId);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
