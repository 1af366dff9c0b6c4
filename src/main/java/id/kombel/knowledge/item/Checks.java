package id.kombel.knowledge.item;

import jakarta.validation.Validator;

import id.kombel.shared.web.InvalidInputException;

/**
 * Bean validation for a body Spring MVC does not bind: the JSON metadata part of a
 * multipart API upload. Page forms bind with {@code @Valid @ModelAttribute} and a
 * {@code BindingResult} instead.
 */
public final class Checks {

	private Checks() {
	}

	public static <T> T valid(Validator validator, T form) {
		var violations = validator.validate(form);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations.stream()
				.map(v -> new InvalidInputException.FieldProblem(v.getPropertyPath().toString(),
						v.getMessageTemplate().replaceAll("^\\{|\\}$", "")))
				.toList());
		}
		return form;
	}

}
