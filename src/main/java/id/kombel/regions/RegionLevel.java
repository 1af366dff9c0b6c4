package id.kombel.regions;

/** Provinsi, kabupaten/kota, kecamatan: the depth of a Kemendagri code. */
public enum RegionLevel {

	PROVINCE, REGENCY, DISTRICT;

	/** {@code 12} → PROVINCE, {@code 12.11} → REGENCY, {@code 12.11.05} → DISTRICT. */
	public static RegionLevel ofCode(String code) {
		return switch ((int) code.chars().filter(c -> c == '.').count()) {
			case 0 -> PROVINCE;
			case 1 -> REGENCY;
			default -> DISTRICT;
		};
	}

}
