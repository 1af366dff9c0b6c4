package id.kombel.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
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
	@Transactional(readOnly = true)
	Optional<KombelUser> authenticate(String token) {
		return repository.findByTokenHash(hash(token))
			.filter(t -> t.validAt(clock.instant()))
			.flatMap(t -> accounts.userById(t.accountId()));
	}

	@Transactional
	boolean revoke(String token) {
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
