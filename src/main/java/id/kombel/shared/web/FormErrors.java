package id.kombel.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Page forms bind with
 * {@code @Valid @ModelAttribute("form") XForm form, BindingResult result} and re-render
 * with the field errors. A rule only the service can check (an unknown region, an end
 * before the start, a duplicate e-mail) arrives as an {@link InvalidInputException} or a
 * {@link ConflictException}; these put it into the same binding result, so that the page
 * shows it the same way, in the user's language (the message keys are resolved when the
 * page renders).
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, InvalidInputException ex) {
		for (InvalidInputException.FieldProblem p : ex.problems()) {
			result.addError(new FieldError(result.getObjectName(), p.field(), null, false,
					new String[] { p.messageKey() }, p.args(), p.messageKey()));
		}
	}

	public static void reject(BindingResult result, ConflictException ex) {
		result.addError(new FieldError(result.getObjectName(), ex.field(), null, false,
				new String[] { ex.getMessage() }, null, ex.getMessage()));
	}

	/**
	 * Every error of a binding, as field and message in the user's language: what the 400
	 * page and the pages that list a refused form's errors show.
	 */
	public static List<Map<String, String>> listed(Errors errors, MessageSource messages, Locale locale) {
		List<Map<String, String>> listed = new ArrayList<>();
		errors.getFieldErrors()
			.forEach(e -> listed.add(Map.of("field", e.getField(), "message", messages.getMessage(e, locale))));
		errors.getGlobalErrors()
			.forEach(e -> listed.add(Map.of("field", e.getObjectName(), "message", messages.getMessage(e, locale))));
		return listed;
	}

}
