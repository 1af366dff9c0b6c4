package id.kombel.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import id.kombel.shared.access.OutOfScopeException;

/**
 * Turns failures into answers: RFC 9457 problem details under {@code /api/}, the error
 * page elsewhere. Bad input is always a 4xx with a message in the user's language, never
 * a 500.
 */
@ControllerAdvice
public class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final MessageSource messages;

	public ErrorHandling(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BindException.class)
	Object invalidBody(BindException ex, HttpServletRequest request, Locale locale) {
		return invalid(FormErrors.listed(ex, messages, locale), request, locale);
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalidInput(InvalidInputException ex, HttpServletRequest request, Locale locale) {
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), p.args(), locale)))
			.toList();
		return invalid(errors, request, locale);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	Object invalidParameter(ConstraintViolationException ex, HttpServletRequest request, Locale locale) {
		List<Map<String, String>> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
			.toList();
		return invalid(errors, request, locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Locale locale) {
		String message = messages.getMessage("error.invalid-value", new Object[] { String.valueOf(ex.getValue()) },
				locale);
		return invalid(List.of(Map.of("field", ex.getName(), "message", message)), request, locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request, Locale locale) {
		String field = UnreadableBodies.fieldOf(ex);
		String message = messages.getMessage("error.unreadable-body", null, locale);
		return invalid(List.of(Map.of("field", field, "message", message)), request, locale);
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.NOT_FOUND, messages.getMessage("error.not-found", null, locale), request);
	}

	@ExceptionHandler(OutOfScopeException.class)
	Object outOfScope(OutOfScopeException ex, HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.FORBIDDEN, messages.getMessage("error.out-of-scope", null, locale), request);
	}

	@ExceptionHandler(UnauthenticatedException.class)
	Object unauthenticated(UnauthenticatedException ex, HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.UNAUTHORIZED, messages.getMessage(ex.getMessage(), null, locale), request);
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request, Locale locale) {
		String message = messages.getMessage(ex.getMessage(), null, locale);
		if (ProblemResponses.isApi(request)) {
			ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONFLICT, message, request);
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", message)));
			return problemEntity(problem);
		}
		return page(HttpStatus.CONFLICT, message);
	}

	/**
	 * Two requests raced to write the same thing (a unique key or a version caught the
	 * second): the first one won, and the second is told to reload rather than shown a
	 * failure.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, OptimisticLockingFailureException.class })
	Object raced(Exception ex, HttpServletRequest request, Locale locale) {
		log.info("Concurrent write refused on {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		return answer(HttpStatus.CONFLICT, messages.getMessage("error.concurrent-change", null, locale), request);
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	Object tooMany(TooManyAttemptsException ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		if (ex.retryAfter() != null) {
			response.setHeader("Retry-After", Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
		}
		return answer(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(ex.getMessage(), null, locale), request);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
		return answer(HttpStatus.CONTENT_TOO_LARGE, messages.getMessage("error.too-large", null, locale), request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	Object denied(AccessDeniedException ex, HttpServletRequest request, Locale locale) throws AccessDeniedException {
		if (!ProblemResponses.isApi(request)) {
			throw ex; // let Spring Security send an anonymous visitor to the sign-in page
		}
		return answer(HttpStatus.FORBIDDEN, messages.getMessage("error.forbidden", null, locale), request);
	}

	@ExceptionHandler(Exception.class)
	Object other(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (DatabaseUnavailable.unreachable(ex)) {
			// the database is down (or the pool waited its 2 s): try again, not a failure
			log.warn("database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			response.setHeader("Retry-After", "5");
			return answer(HttpStatus.SERVICE_UNAVAILABLE,
					messages.getMessage("error.database-unavailable", null, locale), request);
		}
		if (ex instanceof ErrorResponse framework) {
			HttpStatusCode status = framework.getStatusCode();
			String detail = messages.getMessage("error.http." + status.value(), null, framework.getBody().getDetail(),
					locale);
			return answer(HttpStatus.valueOf(status.value()), detail, request);
		}
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("error.unexpected", null, locale), request);
	}

	private Object invalid(List<Map<String, String>> errors, HttpServletRequest request, Locale locale) {
		String detail = messages.getMessage("error.invalid-input", null, locale);
		if (ProblemResponses.isApi(request)) {
			return problemEntity(ProblemResponses.invalid(detail, errors, request));
		}
		ModelAndView view = page(HttpStatus.BAD_REQUEST, detail);
		view.addObject("errors", errors);
		return view;
	}

	private Object answer(HttpStatus status, String detail, HttpServletRequest request) {
		if (ProblemResponses.isApi(request)) {
			return problemEntity(ProblemResponses.problem(status, detail, request));
		}
		return page(status, detail);
	}

	private static ResponseEntity<ProblemDetail> problemEntity(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ModelAndView page(HttpStatus status, String detail) {
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("status", status.value());
		view.addObject("detail", detail);
		return view;
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? path : path.substring(dot + 1);
	}

}
