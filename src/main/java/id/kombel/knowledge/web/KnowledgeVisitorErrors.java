package id.kombel.knowledge.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import id.kombel.shared.web.NotFoundException;
import id.kombel.shared.web.ProblemResponses;

/**
 * A member who opens a community's practice from a WhatsApp link on a phone where they
 * are not signed in gets the same 404 as anyone (it must not tell that the item exists),
 * but with a way to sign in and come back to it, rather than a dead end.
 */
@ControllerAdvice(basePackages = "id.kombel.knowledge")
@Order(Ordered.HIGHEST_PRECEDENCE)
class KnowledgeVisitorErrors {

	private final MessageSource messages;

	KnowledgeVisitorErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		String detail = messages.getMessage("error.not-found", null, locale);
		if (ProblemResponses.isApi(request)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemResponses.problem(HttpStatus.NOT_FOUND, detail, request));
		}
		ModelAndView view = new ModelAndView("error", HttpStatus.NOT_FOUND);
		view.addObject("status", HttpStatus.NOT_FOUND.value());
		view.addObject("detail", detail);
		if (visitor() && "GET".equals(request.getMethod())) {
			view.addObject("signInHint", messages.getMessage("knowledge.visitor.maybe-restricted", null, locale));
			view.addObject("signInLabel", messages.getMessage("knowledge.visitor.sign-in", null, locale));
			view.addObject("signIn",
					"/knowledge/sign-in?back=" + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
		}
		return view;
	}

	private static boolean visitor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
	}

}
