package id.kombel.schools;

import java.util.Locale;
import java.util.Optional;

/** Negeri (public) or swasta (private). */
public enum SchoolStatus {

	PUBLIC, PRIVATE;

	/** "Negeri", "N", "public", "Swasta", "S", "private" in any case. */
	public static Optional<SchoolStatus> parse(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "negeri", "n", "public" -> Optional.of(PUBLIC);
			case "swasta", "s", "private" -> Optional.of(PRIVATE);
			default -> Optional.empty();
		};
	}

}
