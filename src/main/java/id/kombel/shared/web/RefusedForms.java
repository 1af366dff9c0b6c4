package id.kombel.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page form that comes back with errors is a refused request: 400, whichever module's
 * page it is, so that a client (or a monitor counting 4xx) sees bad input as bad input
 * while the person sees the form again with what they typed and the problems in their
 * language. Set here once, before the page renders, instead of in every handler.
 */
class RefusedForms implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !"POST".equals(request.getMethod()) || response.getStatus() >= 400
				|| (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		boolean refused = view.getModel()
			.values()
			.stream()
			.anyMatch(v -> v instanceof BindingResult result && result.hasErrors());
		if (refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
	}

}
