package id.kombel.shared;

import java.time.ZoneId;

/**
 * Indonesia's three clocks by region code: WIB (Sumatra, Java, West and Central
 * Kalimantan), WITA (Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi),
 * WIT (Maluku and Papua). Activities and programme events are agreed in the local time of
 * the place they belong to.
 */
public final class TimeZones {

	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

	public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	private TimeZones() {
	}

	/** The zone of a province, regency or district code (its first two digits). */
	public static ZoneId of(String regionCode) {
		// two digits read by hand: String.matches compiled a pattern on every call, twice
		// for each community page (issue 17)
		int p = regionCode != null && regionCode.length() >= 2 && isDigit(regionCode.charAt(0))
				&& isDigit(regionCode.charAt(1)) ? (regionCode.charAt(0) - '0') * 10 + regionCode.charAt(1) - '0' : 0;
		if (p >= 81) {
			return WIT;
		}
		return p >= 63 || (p >= 51 && p <= 53) ? WITA : WIB;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** What people write after a time: WIB, WITA or WIT. */
	public static String label(ZoneId zone) {
		if (WITA.equals(zone)) {
			return "WITA";
		}
		return WIT.equals(zone) ? "WIT" : "WIB";
	}

}
