package id.kombel.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs short messages (HMAC-SHA256) so that a link can carry proof of what it grants,
 * e.g. a member's personal calendar feed that a calendar app fetches without signing in.
 * The key is {@code kombel.secret}; without one, a random key is made once and kept in
 * the data directory, so links stay valid across restarts of a single node (several nodes
 * must share kombel.secret).
 */
@Component
public class Signatures {

	/** A Mac is not thread-safe, and making one per call cost 2% of a community page. */
	private final ThreadLocal<Mac> macs;

	Signatures(@Value("${kombel.secret:}") String configured, @Value("${kombel.data-path}") Path dataPath) {
		byte[] secret = configured.isBlank() ? stored(dataPath.resolve("secret.key"))
				: configured.getBytes(StandardCharsets.UTF_8);
		SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(key);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
			}
		});
	}

	/**
	 * A URL-safe signature of the message, 128 bits: enough against guessing, short in a
	 * link.
	 */
	public String sign(String message) {
		byte[] full = macs.get().doFinal(message.getBytes(StandardCharsets.UTF_8));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 16));
	}

	public boolean verify(String message, String signature) {
		return signature != null && MessageDigest.isEqual(sign(message).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private static synchronized byte[] stored(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			byte[] secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(secret));
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the signing key in " + file + "; set kombel.secret", ex);
		}
	}

}
