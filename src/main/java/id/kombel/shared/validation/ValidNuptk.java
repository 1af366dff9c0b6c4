package id.kombel.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A valid Nuptk (null or blank passes: combine with {@code @NotBlank} where required).
 */
@Documented
@Constraint(validatedBy = ValidNuptk.Check.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidNuptk {

	String message() default "{validation.nuptk}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<ValidNuptk, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			var problem = Identifiers.checkNuptk(value);
			problem.ifPresent(key -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
			});
			return problem.isEmpty();
		}

	}

}
