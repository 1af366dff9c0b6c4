package id.kombel.programmes.ticket;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ticket codes and the signed QR payload. A code is 8 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), typed as {@code ABCD-EFGH}. The QR holds the ticket page's
 * address with a signature, so a phone's ordinary camera opens the ticket and a forged QR
 * is refused at the door.
 */
@Component
public class Tickets {

	public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final Pattern IN_URL = Pattern.compile("/tickets/([A-Za-z0-9-]{8,9})(?:\\?s=([^&#\\s]*))?");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private volatile byte[] key;

	Tickets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String newCode() {
		StringBuilder b = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return b.toString();
	}

	/** "abcd-efgh", " ABCDEFGH " → "ABCDEFGH"; empty if it cannot be a code. */
	public static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		return code.length() == 8 && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code)
				: Optional.empty();
	}

	public static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4);
	}

	String signature(String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(code.getBytes(StandardCharsets.UTF_8)), 0, 6);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String qrPayload(String baseUrl, String code) {
		return baseUrl + "/tickets/" + code + "?s=" + signature(code);
	}

	/** What was scanned or typed. */
	sealed interface Read {

	}

	public record Code(String code) implements Read {
	}

	public record Forged() implements Read {
	}

	record Unreadable() implements Read {
	}

	/** A typed code, a ticket's address, or a scanned QR (its signature checked). */
	public Read read(String ticket) {
		if (ticket == null || ticket.isBlank()) {
			return new Unreadable();
		}
		Matcher m = IN_URL.matcher(ticket.strip());
		if (m.find()) {
			Optional<String> code = normalise(m.group(1));
			if (code.isEmpty()) {
				return new Unreadable();
			}
			// the ticket's plain address (as shared on WhatsApp) is worth what its typed
			// code is;
			// only a signature that is there and wrong marks a QR someone made up
			if (m.group(2) != null && !MessageDigest.isEqual(m.group(2).getBytes(StandardCharsets.US_ASCII),
					signature(code.get()).getBytes(StandardCharsets.US_ASCII))) {
				return new Forged();
			}
			return new Code(code.get());
		}
		return normalise(ticket).<Read>map(Code::new).orElseGet(Unreadable::new);
	}

	private byte[] key() {
		byte[] k = key;
		if (k == null) {
			synchronized (this) {
				if (key == null) {
					String secret = jdbc.sql("select secret from ticket_key where id = 1")
						.query(String.class)
						.optional()
						.orElseGet(this::makeKey);
					key = HexFormat.of().parseHex(secret);
				}
				k = key;
			}
		}
		return k;
	}

	private String makeKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = HexFormat.of().formatHex(bytes);
		try {
			jdbc.sql("insert into ticket_key (id, secret) values (1, :s)").param("s", secret).update();
			return secret;
		}
		catch (org.springframework.dao.DuplicateKeyException raced) {
			return jdbc.sql("select secret from ticket_key where id = 1").query(String.class).single();
		}
	}

}
