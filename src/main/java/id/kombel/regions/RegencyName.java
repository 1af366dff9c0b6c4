package id.kombel.regions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regency or city name split into its kind (city or not, when written) and its core
 * name.
 */
record RegencyName(Boolean city, String core) {

	private static final Pattern PREFIX = Pattern
		.compile("^(kabupaten|kab\\.?|kota administrasi|kota adm\\.?|kota)\\s*(.*)$");

	static RegencyName of(String text) {
		String folded = Regions.fold(text).replaceAll("\\s+", " ");
		Matcher m = PREFIX.matcher(folded);
		if (!m.matches()) {
			return new RegencyName(null, squeeze(folded));
		}
		return new RegencyName(m.group(1).startsWith("kota"), squeeze(m.group(2)));
	}

	/** "Tebing Tinggi", "tebingtinggi" and "Tebing-Tinggi" compare equal. */
	private static String squeeze(String s) {
		return s.replaceAll("[^\\p{L}\\p{N}]", "");
	}
}
