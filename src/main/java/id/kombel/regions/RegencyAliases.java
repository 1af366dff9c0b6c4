package id.kombel.regions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/**
 * The names committees write for a regency that are not its official name: abbreviations
 * (Humbahas, Madina, TTS, Kukar) and old names of renamed regencies (Toba Samosir, Maluku
 * Tenggara Barat), from {@code wilayah/regency-aliases.csv} (alias, regency code,
 * official name; sources in {@code wilayah/SOURCE.md}). Keyed like the official names:
 * folded, without spaces or punctuation.
 */
final class RegencyAliases {

	private static final Map<String, String> CODES = load();

	private RegencyAliases() {
	}

	/** The regency code the text names, or empty. */
	static Optional<String> code(String text) {
		String key = key(text);
		String code = CODES.get(key);
		if (code == null) {
			code = CODES.get(RegencyName.of(text).core());
		}
		return Optional.ofNullable(code);
	}

	static Map<String, String> all() {
		return CODES;
	}

	private static String key(String text) {
		return Regions.fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static Map<String, String> load() {
		try {
			Map<String, String> codes = new HashMap<>();
			String text = new ClassPathResource("wilayah/regency-aliases.csv")
				.getContentAsString(StandardCharsets.UTF_8);
			text.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
				String[] cells = line.split(",");
				codes.put(key(cells[0]), cells[1].strip());
			});
			return Map.copyOf(codes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
