package id.kombel.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Jenjang: the education levels a school or a community serves. */
public enum Level {

	PAUD, TK, SD, SMP, SMA, SMK, SLB;

	/**
	 * Levels that belong to the province (and its branch offices) rather than the
	 * regency.
	 */
	public static final Set<Level> PROVINCIAL = Set.of(SMA, SMK, SLB);

	/**
	 * Lenient parse for imports: "sd", " SMP ", "PAUD/TK" (first match), "SD Negeri" all
	 * work.
	 */
	public static Optional<Level> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim().toUpperCase(Locale.ROOT);
		for (Level level : values()) {
			if (t.equals(level.name())) {
				return Optional.of(level);
			}
		}
		for (Level level : values()) {
			if (t.startsWith(level.name() + " ") || t.startsWith(level.name() + "/")) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

}
