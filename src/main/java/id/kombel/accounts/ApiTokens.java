package id.kombel.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.shared.KombelProperties;
import id.kombel.shared.access.KombelUser;

/** Issues, checks and revokes API bearer tokens. */
@Service
class ApiTokens {

	/** A token as given to its holder, once. */
	record Issued(String token, Instant expiresAt) {
	}

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository repository;

	private final Accounts accounts;

	private final KombelProperties properties;

	private final Clock clock;

	/**
	 * Recently seen tokens, so an API client's every call is not three queries. Revoking
	 * evicts at once; a change to the account's roles or a disabled account applies
	 * within the time limit.
	 */
	private final Cache<String, Seen> seen = Caffeine.newBuilder()
		// 1,000 check-ins/s by different members is 120,000 tokens in two minutes
		.maximumSize(200_000)
		.expireAfterWrite(Duration.ofMinutes(2))
		.build();

	private record Seen(KombelUser user, Instant expiresAt) {
	}

	ApiTokens(ApiTokenRepository repository, Accounts accounts, KombelProperties properties, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	Issued issue(long accountId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expires = now.plus(properties.api().tokenTtl());
		repository.save(new ApiToken(hash(token), accountId, now, expires));
		return new Issued(token, expires);
	}

	/** The user a valid, unrevoked, unexpired token belongs to. */
	Optional<KombelUser> authenticate(String token) {
		String hash = hash(token);
		Instant now = clock.instant();
		Seen known = seen.getIfPresent(hash);
		if (known != null && now.isBefore(known.expiresAt())) {
			return Optional.of(known.user());
		}
		Optional<ApiToken> valid = repository.findByTokenHash(hash).filter(t -> t.validAt(now));
		Optional<KombelUser> user = valid.flatMap(t -> accounts.userById(t.accountId()));
		user.ifPresent(u -> seen.put(hash, new Seen(u, valid.get().expiresAt())));
		return user;
	}

	@Transactional
	boolean revoke(String token) {
		seen.invalidate(hash(token));
		return repository.findByTokenHash(hash(token)).map(t -> {
			t.revoke(clock.instant());
			return true;
		}).orElse(false);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
