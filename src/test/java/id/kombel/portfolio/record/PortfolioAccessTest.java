package id.kombel.portfolio.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.kombel.accounts.AccountLinks;
import id.kombel.accounts.AccountView;
import id.kombel.accounts.Accounts;
import id.kombel.people.EducatorView;
import id.kombel.people.People;
import id.kombel.people.Position;
import id.kombel.shared.Level;
import id.kombel.shared.access.Area;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
import id.kombel.shared.access.Role;
import id.kombel.shared.access.Scope;
import id.kombel.shared.web.NotFoundException;

/**
 * The rule of who reads another educator's portfolio, role by role: the principal or
 * supervisor of the educator's school only, however wide the rest of their scope; the
 * account is looked up only once the read is allowed.
 */
class PortfolioAccessTest {

	static final long SCHOOL = 10;

	static final long OTHER_SCHOOL = 11;

	final People people = mock(People.class);

	final AccountLinks links = mock(AccountLinks.class);

	final Accounts accounts = mock(Accounts.class);

	final PortfolioAccess access = new PortfolioAccess(people, links, accounts);

	PortfolioAccessTest() {
		when(people.find(1)).thenReturn(Optional.of(educator(1, SCHOOL)));
		when(people.find(2)).thenReturn(Optional.of(educator(2, OTHER_SCHOOL)));
		when(people.find(3)).thenReturn(Optional.of(educator(3, null)));
		when(links.accountOf(1)).thenReturn(Optional.of(501L));
		when(accounts.find(501))
			.thenReturn(Optional.of(new AccountView(501, "akun@sekolah.id", "Guru", 1L, true, List.of())));
	}

	@Test
	void thePrincipalAndTheSupervisorOfTheSchoolReadItsEducators() {
		for (Role role : List.of(Role.PRINCIPAL, Role.SUPERVISOR)) {
			KombelUser leader = user(EnumSet.of(role), List.of(), Set.of(SCHOOL));
			assertThat(access.educator(leader, 1)).isEqualTo(new Subject(501L, 1L, "akun@sekolah.id", "Guru 1"));
			assertThat(access.mayRead(leader, 1)).isTrue();
			assertThatThrownBy(() -> access.educator(leader, 2)).as("another school")
				.isInstanceOf(OutOfScopeException.class);
			assertThat(access.mayRead(leader, 2)).isFalse();
			assertThatThrownBy(() -> access.educator(leader, 3)).as("no school")
				.isInstanceOf(OutOfScopeException.class);
		}
	}

	@Test
	void aPrincipalDoesNotReadThroughAnotherRolesWiderScope() {
		KombelUser principalAndOffice = user(EnumSet.of(Role.PRINCIPAL, Role.REGENCY_OFFICE),
				List.of(Area.all("12.11")), Set.of(SCHOOL));
		assertThatThrownBy(() -> access.educator(principalAndOffice, 2)).isInstanceOf(OutOfScopeException.class);
		KombelUser principalAndAdmin = new KombelUser(9, "x@y.id", "X", EnumSet.of(Role.PRINCIPAL, Role.ADMIN),
				new Scope(true, List.of(), Set.of(SCHOOL), null), null);
		assertThatThrownBy(() -> access.educator(principalAndAdmin, 2)).isInstanceOf(OutOfScopeException.class);
		assertThat(access.educator(principalAndAdmin, 1).accountId()).isEqualTo(501L);
	}

	@Test
	void officesAdministratorsAndTeachersDoNotReadOthers() {
		KombelUser office = user(EnumSet.of(Role.REGENCY_OFFICE), List.of(Area.all("12.11")), Set.of());
		KombelUser admin = new KombelUser(9, "a@y.id", "A", EnumSet.of(Role.ADMIN),
				new Scope(true, List.of(), Set.of(), null), null);
		KombelUser teacher = new KombelUser(9, "t@y.id", "T", EnumSet.of(Role.TEACHER),
				new Scope(false, List.of(), Set.of(), 7L), null);
		for (KombelUser u : List.of(office, admin, teacher)) {
			assertThatThrownBy(() -> access.educator(u, 1)).isInstanceOf(OutOfScopeException.class);
			assertThat(access.mayRead(u, 1)).isFalse();
		}
		verifyNoInteractions(links, accounts);
	}

	@Test
	void anUnknownEducatorIsNotFoundAndOnesOwnIsAlwaysRead() {
		when(people.find(404)).thenReturn(Optional.empty());
		KombelUser principal = user(EnumSet.of(Role.PRINCIPAL), List.of(), Set.of(SCHOOL));
		assertThatThrownBy(() -> access.educator(principal, 404)).isInstanceOf(NotFoundException.class);
		assertThat(access.mayRead(principal, 404)).isFalse();
		KombelUser teacher = new KombelUser(77, "t@y.id", "T", EnumSet.of(Role.TEACHER),
				new Scope(false, List.of(), Set.of(), 7L), null);
		assertThat(access.educator(teacher, 7)).isEqualTo(new Subject(77L, 7L, "t@y.id", "T"));
		assertThat(access.mayRead(teacher, 7)).isTrue();
	}

	static KombelUser user(Set<Role> roles, List<Area> areas, Set<Long> schools) {
		return new KombelUser(9, "k@y.id", "K", roles, new Scope(false, areas, schools, 99L), null);
	}

	static EducatorView educator(long id, Long school) {
		return new EducatorView(id, "Guru " + id, null, null, "guru" + id + "@sekolah.id", null, Position.TEACHER, null,
				school, "12.11.01", Level.SD);
	}

}
