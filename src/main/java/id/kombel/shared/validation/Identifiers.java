package id.kombel.shared.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules for the identifiers of Indonesian education data. Each check answers the message
 * key of what is wrong, or empty when the value is valid.
 */
public final class Identifiers {

	private static final Pattern NPSN = Pattern.compile("[A-Z0-9]{8}");

	private static final Pattern NUPTK = Pattern.compile("\\d{16}");

	private static final Pattern DIGITS_18 = Pattern.compile("\\d{18}");

	private static final Pattern EMAIL = Pattern.compile(
			"[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

	private static final Pattern REGION_CODE = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2})?)?");

	private Identifiers() {
	}

	/** NPSN: the national school number, 8 characters of capital letters and digits. */
	public static Optional<String> checkNpsn(String value) {
		return NPSN.matcher(value).matches() ? Optional.empty() : Optional.of("validation.npsn");
	}

	/** NUPTK: 16 digits. */
	public static Optional<String> checkNuptk(String value) {
		return NUPTK.matcher(value).matches() ? Optional.empty() : Optional.of("validation.nuptk");
	}

	/**
	 * NIP: 18 digits = birth date (yyyyMMdd) + start of service (yyyyMM) + sex (1 or 2) +
	 * serial (3 digits). The dates must be real and the service cannot start before
	 * birth.
	 */
	public static Optional<String> checkNip(String value) {
		if (!DIGITS_18.matcher(value).matches()) {
			return Optional.of("validation.nip.format");
		}
		LocalDate birth;
		try {
			birth = LocalDate.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8));
		}
		catch (DateTimeException ex) {
			return Optional.of("validation.nip.birth");
		}
		int startYear = num(value, 8, 12);
		int startMonth = num(value, 12, 14);
		if (birth.getYear() < 1900 || startMonth < 1 || startMonth > 12 || startYear < birth.getYear()) {
			return Optional.of("validation.nip.start");
		}
		char sex = value.charAt(14);
		if (sex != '1' && sex != '2') {
			return Optional.of("validation.nip.sex");
		}
		return Optional.empty();
	}

	public static Optional<String> checkEmail(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches() ? Optional.empty()
				: Optional.of("validation.email");
	}

	/** A Kemendagri code: {@code 12}, {@code 12.11} or {@code 12.11.05}. */
	public static Optional<String> checkRegionCode(String value) {
		return REGION_CODE.matcher(value).matches() ? Optional.empty() : Optional.of("validation.region-code");
	}

	private static int num(String s, int from, int to) {
		return Integer.parseInt(s.substring(from, to));
	}

}
