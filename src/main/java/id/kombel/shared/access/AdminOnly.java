package id.kombel.shared.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * An administrators' endpoint (on a handler method, or a whole controller). One name for
 * the rule, so it is never a hand-written check that can be forgotten on one of two doors
 * (page and API), nor an expression string to mistype. Others get 403 (problem details
 * under {@code /api/}); a visitor who has not signed in is asked to sign in first (401
 * under {@code /api/}). Rules about a user's scope are no role check: they belong in the
 * module's {@link Policy}.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('ADMIN')")
public @interface AdminOnly {

}
