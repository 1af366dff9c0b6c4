package id.kombel.shared.web;

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The one shape of a page form's handler, written once: a form bound with
 * {@code @Valid @ModelAttribute("form") XForm form, BindingResult result} is submitted
 * only when it has no errors; what the service refuses ({@link InvalidInputException})
 * becomes errors of the same form; a refused form shows its page again (its 400 is set by
 * {@link RefusedForms}), a submitted one goes where the submission says (a redirect, with
 * any flash message the submission adds).
 *
 * <pre>
 * return PageForms.submit(result, () -&gt; "redirect:/things/" + things.create(user, form).id(),
 * 		() -&gt; form(user, model));
 * </pre>
 */
public final class PageForms {

	/**
	 * What a valid form does; its answer is the view to go to (usually a redirect). The
	 * type parameter lets a submission that reads an upload throw its IOException.
	 */
	@FunctionalInterface
	public interface Submission<X extends Exception> {

		String submit() throws X;

	}

	private PageForms() {
	}

	/**
	 * Submits a form without errors, and shows the page again ({@code shownAgain}) when
	 * the form had errors, the service refused it, or the submission itself put errors
	 * into {@code result} (a check it made, a conflict it caught). Other exceptions go on
	 * to {@code ErrorHandling} as before (a {@link ConflictException} not caught by the
	 * submission is a 409 page).
	 */
	public static <X extends Exception> String submit(BindingResult result, Submission<X> submission,
			Supplier<String> shownAgain) throws X {
		if (!result.hasErrors()) {
			try {
				String next = submission.submit();
				if (!result.hasErrors()) {
					return next;
				}
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return shownAgain.get();
	}

	/**
	 * Constraints checked on what the form was turned into, reported against one field of
	 * the form.
	 */
	public static void reject(BindingResult result, String field, Set<? extends ConstraintViolation<?>> violations) {
		violations.forEach(v -> result
			.addError(new FieldError(result.getObjectName(), field, null, false, null, null, v.getMessage())));
	}

	/**
	 * The errors as one list in the user's language ({@code errors}), for a page that
	 * shows them above its forms (the programme and event pages, which hold several).
	 */
	public static void listErrors(BindingResult result, Model model, MessageSource messages, Locale locale) {
		model.addAttribute("errors", FormErrors.listed(result, messages, locale));
	}

}
