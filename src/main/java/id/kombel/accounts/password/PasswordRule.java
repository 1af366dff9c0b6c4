package id.kombel.accounts.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import id.kombel.shared.web.InvalidInputException.FieldProblem;

/**
 * A password must not be one that is tried first (ASVS 2.1.7): zxcvbn's estimate, which
 * knows the common-password lists, keyboard walks, repeats and dates, and is told the
 * account's own e-mail and name. Scores 0 and 1 ("too guessable") are refused; the length
 * rule (8 to 200) stays on the form.
 */
public final class PasswordRule {

	private static final Zxcvbn ESTIMATE = new Zxcvbn();

	private PasswordRule() {
	}

	public static Optional<FieldProblem> check(String password, String email, String displayName) {
		if (password == null || password.isEmpty()) {
			return Optional.empty();
		}
		if (password.isBlank() || ESTIMATE.measure(password, ownWords(email, displayName)).getScore() < 2) {
			return Optional.of(new FieldProblem("password", "validation.password-guessable"));
		}
		return Optional.empty();
	}

	private static List<String> ownWords(String email, String displayName) {
		List<String> words = new ArrayList<>(List.of("kombel", "komunitas", "belajar", "guru"));
		if (email != null) {
			String local = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
			words.add(local);
			words.addAll(List.of(local.split("[._+-]")));
		}
		if (displayName != null) {
			String name = displayName.toLowerCase(Locale.ROOT).strip();
			words.addAll(List.of(name.split("\\s+")));
			// budi.santoso, budisantoso, budi_santoso for Budi Santoso
			for (String joint : List.of(".", "", "_", "-")) {
				words.add(name.replaceAll("\\s+", joint));
			}
		}
		return words;
	}

}
