package id.kombel.accounts;

import id.kombel.accounts.password.PasswordRule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.offices.OfficeKind;
import id.kombel.offices.Offices;
import id.kombel.people.EducatorView;
import id.kombel.people.People;
import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.schools.Schools;
import id.kombel.shared.PageResult;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;
import id.kombel.shared.cluster.CacheInvalidation;
import id.kombel.shared.web.ConflictException;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.InvalidInputException.FieldProblem;
import id.kombel.shared.web.NotFoundException;

/** Accounts and their role grants. */
@Service
@Transactional(readOnly = true)
public class Accounts {

	private final AccountRepository repository;

	private final Scopes scopes;

	private final PasswordEncoder passwords;

	private final Regions regions;

	private final Schools schools;

	private final Offices offices;

	private final People people;

	private final Clock clock;

	/**
	 * Topic of {@link CacheInvalidation} for a changed account (disabled, enabled, other
	 * roles): its tokens and sessions answer anew on every node.
	 */
	static final String TOPIC = "accounts";

	private final CacheInvalidation invalidation;

	Accounts(AccountRepository repository, Scopes scopes, PasswordEncoder passwords, Regions regions, Schools schools,
			Offices offices, People people, Clock clock, CacheInvalidation invalidation) {
		this.invalidation = invalidation;
		this.repository = repository;
		this.scopes = scopes;
		this.passwords = passwords;
		this.regions = regions;
		this.schools = schools;
		this.offices = offices;
		this.people = people;
		this.clock = clock;
	}

	public Optional<AccountView> find(long id) {
		return repository.findById(id).map(Account::view);
	}

	public Optional<KombelUser> userByEmail(String email) {
		return repository.findByEmail(normalise(email)).filter(Account::enabled).map(scopes::userOf);
	}

	Optional<KombelUser> userById(long id) {
		return repository.findById(id).filter(Account::enabled).map(scopes::userOf);
	}

	public PageResult<AccountView> list(int page, int size) {
		return PageResult.of(repository.findAll(PageRequest.of(page, size, Sort.by("email"))), Account::view);
	}

	public boolean isEmpty() {
		return repository.count() == 0;
	}

	/**
	 * Creates an account; a TEACHER not given an educator is linked to the one with the
	 * same e-mail.
	 */
	@Transactional
	public AccountView create(NewAccount request) {
		String email = normalise(request.email());
		List<FieldProblem> problems = new ArrayList<>();
		request.grants().forEach(grant -> checkGrant(grant, problems));
		PasswordRule.check(request.password(), email, request.displayName()).ifPresent(problems::add);
		if (request.educatorId() != null && people.find(request.educatorId()).isEmpty()) {
			problems.add(new FieldProblem("educatorId", "validation.educator-unknown", request.educatorId()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (repository.existsByEmail(email)) {
			throw new ConflictException("email", "accounts.email-taken");
		}
		Long educatorId = request.educatorId() != null ? request.educatorId()
				: people.findByEmail(email).map(EducatorView::id).orElse(null);
		String hash = request.password() == null || request.password().isBlank() ? null
				: passwords.encode(request.password());
		Account account = new Account(email, request.displayName().strip(), hash, educatorId, clock.instant());
		request.grants().stream().distinct().forEach(account::grant);
		return repository.save(account).view();
	}

	@Transactional
	public AccountView setEnabled(long id, boolean enabled) {
		Account account = repository.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
		account.setEnabled(enabled);
		invalidation.invalidate(TOPIC, id);
		return account.view();
	}

	/**
	 * An administrator gives the account other roles and scopes (all its grants at once).
	 * Its tokens and sessions carry the new ones on every node within a second. An
	 * administrator cannot take the administrator role from themselves (no one would be
	 * left to give it back).
	 */
	@Transactional
	public AccountView changeGrants(KombelUser by, long id, List<Grant> grants) {
		Account account = repository.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
		List<FieldProblem> problems = new ArrayList<>();
		if (grants.isEmpty()) {
			problems.add(new FieldProblem("grants", "validation.required"));
		}
		grants.forEach(grant -> checkGrant(grant, problems));
		if (by.accountId() == id && grants.stream().noneMatch(g -> g.role() == Role.ADMIN)) {
			problems.add(new FieldProblem("grants", "accounts.own-admin-role"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		account.replaceGrants(grants.stream().distinct().toList());
		invalidation.invalidate(TOPIC, id);
		return repository.saveAndFlush(account).view();
	}

	private void checkGrant(Grant grant, List<FieldProblem> problems) {
		Role role = grant.role();
		switch (role) {
			case BALAI -> requireRegion(grant, RegionLevel.PROVINCE, problems);
			case REGENCY_OFFICE -> requireRegion(grant, RegionLevel.REGENCY, problems);
			case BRANCH_OFFICE -> {
				if (grant.officeId() == null
						|| offices.find(grant.officeId()).filter(o -> o.kind() == OfficeKind.BRANCH).isEmpty()) {
					problems.add(new FieldProblem("grants.officeId", "validation.office-unknown", grant.officeId()));
				}
			}
			case PRINCIPAL, SUPERVISOR -> {
				if (grant.schoolId() == null || schools.find(grant.schoolId()).isEmpty()) {
					problems.add(new FieldProblem("grants.schoolId", "validation.school-unknown", grant.schoolId()));
				}
			}
			case TEACHER, ADMIN -> {
			}
		}
	}

	private void requireRegion(Grant grant, RegionLevel level, List<FieldProblem> problems) {
		if (grant.regionCode() == null || regions.find(grant.regionCode()).filter(r -> r.level() == level).isEmpty()) {
			problems.add(new FieldProblem("grants.regionCode",
					"validation." + level.name().toLowerCase(Locale.ROOT) + "-required", grant.regionCode()));
		}
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
