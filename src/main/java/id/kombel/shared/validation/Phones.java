package id.kombel.shared.validation;

import java.util.Optional;

/**
 * Indonesian phone numbers as people write them ("0812-3456-789", "62812...", "+62 812
 * ...") → "+62812...".
 */
public final class Phones {

	private Phones() {
	}

	public static Optional<String> normalise(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String digits = text.replaceAll("[\\s().\\-/]", "");
		if (digits.startsWith("+")) {
			digits = digits.substring(1);
		}
		else if (digits.startsWith("0")) {
			digits = "62" + digits.substring(1);
		}
		else if (digits.startsWith("8")) {
			digits = "62" + digits;
		}
		if (!digits.matches("62\\d{7,13}")) {
			return Optional.empty();
		}
		return Optional.of("+" + digits);
	}

}
