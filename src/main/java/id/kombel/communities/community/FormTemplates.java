package id.kombel.communities.community;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a template as a page's view would (with Spring's request context, through which
 * each form gets its CSRF field), but with {@link #TOKEN} in place of the request's CSRF
 * token: the text can then be kept and served to other requests, each writing its own
 * token there ({@link PageShell}, {@link RenderedBodies.Cut}).
 */
@Component
class FormTemplates {

	/** Where a kept rendering's forms take the request's CSRF token. */
	static final String TOKEN = "kombel-shell-csrf";

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	FormTemplates(ITemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	/** The fragments {@code selectors} of {@code template} (all of it when null). */
	String render(String template, Set<String> selectors, Map<String, Object> model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		CsrfToken placeholder = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", TOKEN);
		HttpServletRequest withPlaceholder = new HttpServletRequestWrapper(request) {
			@Override
			public Object getAttribute(String name) {
				return CsrfToken.class.getName().equals(name) || "_csrf".equals(name) ? placeholder
						: super.getAttribute(name);
			}
		};
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(withPlaceholder, response);
		Map<String, Object> variables = new HashMap<>(model);
		RequestContext spring = new RequestContext(withPlaceholder, response, request.getServletContext(), variables);
		variables.put(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, spring);
		variables.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(spring, withPlaceholder));
		variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application,
						(ConversionService) request.getAttribute(ConversionService.class.getName())));
		WebContext context = new WebContext(exchange, locale, variables);
		return selectors == null ? templates.process(template, context)
				: templates.process(template, selectors, context);
	}

}
