package id.kombel.accounts;

import java.util.Map;
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
import org.springframework.transaction.support.TransactionSynchronizationManager;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import id.kombel.shared.cluster.LocalCaches;
import id.kombel.shared.KombelProperties;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.cluster.CacheInvalidation;

/** Issues, checks and revokes API bearer tokens. */
@Service
class ApiTokens implements MeterBinder {

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
	 * evicts the token on every node, and a change to an account (disabled, roles) drops
	 * the whole cache on every node ({@link CacheInvalidation}), so neither outlives its
	 * commit by more than the notification's way; the time limit only bounds memory.
	 */
	private final Cache<String, Seen> seen = Caffeine.newBuilder()
		// 1,000 check-ins/s by different members is 120,000 tokens in two minutes
		.maximumSize(200_000)
		.expireAfterWrite(Duration.ofMinutes(2))
		.recordStats()
		.build();

	private record Seen(KombelUser user, Instant expiresAt) {
	}

	static final String TOPIC = "api-tokens";

	private final CacheInvalidation invalidation;

	private final Scopes scopes;

	ApiTokens(ApiTokenRepository repository, Accounts accounts, KombelProperties properties, Clock clock,
			CacheInvalidation invalidation, Scopes scopes) {
		this.repository = repository;
		this.scopes = scopes;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
		this.invalidation = invalidation;
		invalidation.register(TOPIC, key -> {
			if (CacheInvalidation.ALL.equals(key)) {
				seen.invalidateAll();
			}
			else {
				seen.invalidate(key);
			}
		});
		// an account disabled or given other roles: its tokens answer anew
		invalidation.register(Accounts.TOPIC, key -> seen.invalidateAll());
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
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			// through the transaction's entities (a token being revoked in it is seen
			// so),
			// and not remembered as valid
			return repository.findByTokenHash(hash)
				.filter(t -> t.validAt(now))
				.flatMap(t -> accounts.userById(t.accountId()));
		}
		// a request's filter: one plain statement, token, account and grants together
		Optional<Scopes.Holder> valid = scopes.byToken(hash, now);
		valid.ifPresent(v -> seen.put(hash, new Seen(v.user(), v.expiresAt())));
		return valid.map(Scopes.Holder::user);
	}

	@Transactional
	boolean revoke(String token) {
		invalidation.invalidate(TOPIC, hash(token));
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

	@Override
	public void bindTo(MeterRegistry registry) {
		LocalCaches.monitor(registry, Map.of("api-tokens", seen));
	}

}
