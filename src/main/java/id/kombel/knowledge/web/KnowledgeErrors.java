package id.kombel.knowledge.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import id.kombel.shared.web.ProblemResponses;
import id.kombel.knowledge.item.StorageUnavailableException;

/**
 * A file that cannot be kept is the server's trouble, not the user's input, and passes:
 * 503 with a message in the user's language (before the shared handlers, which would
 * answer a generic 500).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class KnowledgeErrors {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeErrors.class);

	private final MessageSource messages;

	KnowledgeErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(StorageUnavailableException.class)
	Object storageUnavailable(StorageUnavailableException ex, HttpServletRequest request, Locale locale) {
		log.error("Cannot store an upload on {} {}", request.getMethod(), request.getRequestURI(), ex);
		String detail = messages.getMessage("knowledge.storage-unavailable", null, locale);
		if (ProblemResponses.isApi(request)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", "60")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, detail, request));
		}
		ModelAndView view = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
		view.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		view.addObject("detail", detail);
		return view;
	}

}
