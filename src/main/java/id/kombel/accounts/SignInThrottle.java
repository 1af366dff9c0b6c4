package id.kombel.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import id.kombel.shared.limits.RateLimit;
import id.kombel.shared.limits.RateLimiter;

/**
 * Slows password guessing on the sign-in form and {@code POST /api/v1/tokens}, counted
 * for the whole cluster. Three limits, each short so that nobody is locked out for long:
 * <ul>
 * <li>per account and client address: a few tries a minute, so a teacher who mistypes
 * waits at most a minute, and a guesser from one address gets five guesses a minute;</li>
 * <li>per client address: wider, so one address cannot try many accounts;</li>
 * <li>per account from any address: stops a guesser spreading over many addresses, but
 * for five minutes at most, so an attacker can only hold a teacher off that long.</li>
 * </ul>
 * Only failures count, and a successful sign-in clears its account-and-address counter.
 * Accounts are keyed by a digest of the e-mail address as typed (unknown ones too, so the
 * limit tells nothing about which accounts exist), and logs carry the account's id only.
 */
@Component
class SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

	static final RateLimit PER_ACCOUNT_AND_ADDRESS = new RateLimit("sign-in-account-address", 5, Duration.ofMinutes(1));

	static final RateLimit PER_ADDRESS = new RateLimit("sign-in-address", 30, Duration.ofMinutes(10));

	static final RateLimit PER_ACCOUNT = new RateLimit("sign-in-account", 20, Duration.ofMinutes(5));

	private final RateLimiter limiter;

	private final AccountRepository accounts;

	SignInThrottle(RateLimiter limiter, AccountRepository accounts) {
		this.limiter = limiter;
		this.accounts = accounts;
	}

	/** How long this client must wait before trying this account again, if at all. */
	Optional<Duration> blocked(String email, String address) {
		String account = account(email);
		return longest(limiter.blocked(PER_ACCOUNT_AND_ADDRESS, account + "|" + address),
				limiter.blocked(PER_ADDRESS, address), limiter.blocked(PER_ACCOUNT, account));
	}

	/** Counts a wrong password (or unknown account); tells the wait it now causes. */
	Optional<Duration> failed(String email, String address) {
		String account = account(email);
		Optional<Duration> wait = longest(limiter.hit(PER_ACCOUNT_AND_ADDRESS, account + "|" + address),
				limiter.hit(PER_ADDRESS, address), limiter.hit(PER_ACCOUNT, account));
		log.warn("Sign-in refused: wrong credentials for {}{}", accountId(email),
				wait.map(w -> ", further tries refused for " + w.toSeconds() + " s").orElse(""));
		return wait;
	}

	/** Logs a sign-in refused because of the limits (the password was not checked). */
	void refused(String email, Duration wait) {
		log.warn("Sign-in refused: too many failed tries for {}, retry after {} s", accountId(email), wait.toSeconds());
	}

	void succeeded(String email, String address) {
		limiter.reset(PER_ACCOUNT_AND_ADDRESS, account(email) + "|" + address);
	}

	private String accountId(String email) {
		return email == null ? "no account"
				: accounts.findByEmail(email.strip().toLowerCase(Locale.ROOT))
					.map(a -> "account " + a.id())
					.orElse("an unknown account");
	}

	private static String account(String email) {
		return RateLimiter.digest(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
	}

	@SafeVarargs
	private static Optional<Duration> longest(Optional<Duration>... waits) {
		return List.of(waits).stream().flatMap(Optional::stream).max(Duration::compareTo);
	}

}
