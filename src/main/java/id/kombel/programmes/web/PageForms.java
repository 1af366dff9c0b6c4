package id.kombel.programmes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import id.kombel.shared.web.FormErrors;
import id.kombel.shared.web.InvalidInputException;

/**
 * The one way this module's page forms answer bad input: the page the form came from is
 * shown again, with status 400 and each problem in the user's language (Bahasa Indonesia
 * first). A controller binds
 * {@code @Valid @ModelAttribute Form form, BindingResult result}, adds what the services
 * refuse with {@link #reject}, and, while {@code result.hasErrors()}, calls
 * {@link #refused}.
 */
public final class PageForms {

	private PageForms() {
	}

	/** A rule a service checks (InvalidInputException), as errors of the form. */
	public static void reject(BindingResult result, InvalidInputException ex) {
		FormErrors.reject(result, ex);
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
	 * Puts the errors, in the user's language, on the page about to be shown (its 400 is
	 * set by {@code RefusedForms}, as for every refused page form).
	 */
	public static void refused(BindingResult result, Model model, MessageSource messages, Locale locale) {
		model.addAttribute("errors", FormErrors.listed(result, messages, locale));
	}

}
