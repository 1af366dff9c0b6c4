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
		int p = regionCode != null && regionCode.matches("\\d{2}.*") ? Integer.parseInt(regionCode.substring(0, 2)) : 0;
		if (p >= 81) {
			return WIT;
		}
		return p >= 63 || (p >= 51 && p <= 53) ? WITA : WIB;
	}

	/** What people write after a time: WIB, WITA or WIT. */
	public static String label(ZoneId zone) {
		if (WITA.equals(zone)) {
			return "WITA";
		}
		return WIT.equals(zone) ? "WIT" : "WIB";
	}

}
