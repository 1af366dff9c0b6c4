package id.kombel.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A comma-separated line as typed in a page form ("IPA, Matematika"): at most
 * {@link #items()} entries of at most {@link #length()} characters each, once split,
 * stripped and empty entries dropped (as the page forms turn the line into a list). Null
 * or blank passes.
 */
@Documented
@Constraint(validatedBy = CommaList.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CommaList {

	int items();

	int length();

	String message() default "{validation.too-many}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<CommaList, String> {

		private int items;

		private int length;

		@Override
		public void initialize(CommaList constraint) {
			this.items = constraint.items();
			this.length = constraint.length();
		}

		/** The entries of a line: split at commas, stripped, empty ones dropped. */
		public static List<String> entries(String line) {
			return line == null ? List.of()
					: Arrays.stream(line.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			List<String> entries = entries(value);
			if (entries.size() > items) {
				return false;
			}
			if (entries.stream().anyMatch(e -> e.length() > length)) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{validation.too-long}").addConstraintViolation();
				return false;
			}
			return true;
		}

	}

}
