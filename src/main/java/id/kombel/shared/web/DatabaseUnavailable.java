package id.kombel.shared.web;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * While the database is unreachable a request that needs it fails within the pool's
 * connection timeout (2 s, {@code spring.datasource.hikari.connection-timeout}) and is
 * answered 503 with {@code Retry-After}: a problem under {@code /api/}, a "try again"
 * page elsewhere, never a 500. Outside every other filter, because the session, the token
 * check and the page all reach the database. Nothing to recover: the pool opens new
 * connections once the database is back.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter(MessageSource messages,
			LocaleResolver locales, JsonMapper json) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					chain.doFilter(request, response);
				}
				catch (ServletException | RuntimeException ex) {
					if (!unreachable(ex) || response.isCommitted()) {
						throw ex;
					}
					log.warn("database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(),
							ex.toString());
					answer(request, response, messages, locales, json);
				}
			}
		});
		// before Spring Session's filter (Integer.MIN_VALUE + 50), which saves the
		// session
		registration.setOrder(Integer.MIN_VALUE + 10);
		return registration;
	}

	/** Is the database unreachable somewhere in the failure's causes? */
	static boolean unreachable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof SQLTransientConnectionException
					|| t instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			// SQL state class 08 is a connection failure; when the link breaks under a
			// pooled connection, the rollback that follows fails with the pool's
			// "Connection is closed" and no state, hiding the first failure
			if (t instanceof java.sql.SQLException sql
					&& ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
							|| "Connection is closed".equals(sql.getMessage()))) {
				return true;
			}
			// a failed rollback hides the broken link it failed on as a suppressed
			// exception
			for (Throwable hidden : t.getSuppressed()) {
				if (unreachable(hidden)) {
					return true;
				}
			}
		}
		return false;
	}

	private static void answer(HttpServletRequest request, HttpServletResponse response, MessageSource messages,
			LocaleResolver locales, JsonMapper json) throws IOException {
		Locale locale = locales.resolveLocale(request);
		String detail = messages.getMessage("error.database-unavailable", null, locale);
		response.reset();
		response.setHeader("Retry-After", "5");
		if (ProblemResponses.isApi(request)) {
			ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE, detail, request.getRequestURI(), json);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType("text/html;charset=UTF-8");
		String title = HtmlUtils.htmlEscape(messages.getMessage("error.try-again-title", null, locale));
		String again = HtmlUtils.htmlEscape(messages.getMessage("error.try-again", null, locale));
		// no template: rendering the layout may need the database too
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<link rel=\"stylesheet\" href=\"/css/kombel.css\"><title>" + title
					+ "</title></head><body><main>" + "<h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(detail)
					+ "</p><p><a href=\"" + HtmlUtils.htmlEscape(request.getRequestURI()) + "\">" + again
					+ "</a></p></main></body></html>");
	}

}
