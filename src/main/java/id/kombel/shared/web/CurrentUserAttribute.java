package id.kombel.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import id.kombel.shared.access.CurrentUserArgumentResolver;

/**
 * Gives every page the signed-in user as {@code currentUser} (absent: nobody) for the
 * layout's navigation, as a request attribute, which Thymeleaf reads as a variable. It
 * was a {@code @ModelAttribute} advice, which Spring MVC applied to the API's controllers
 * too (a {@code @RestController} is a {@code @Controller}) by building and invoking a
 * handler method per request: 7 % of a check-in's CPU (issue 17). As an attribute it also
 * reaches the error pages, which no model attribute method serves.
 */
class CurrentUserAttribute implements HandlerInterceptor {

	static final String NAME = "currentUser";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		CurrentUserArgumentResolver.current().ifPresent(user -> request.setAttribute(NAME, user));
		return true;
	}

}
