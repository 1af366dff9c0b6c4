package id.kombel.shared.web;

import org.springframework.validation.BindingResult;
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

}
