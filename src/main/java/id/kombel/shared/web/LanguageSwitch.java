package id.kombel.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code ?lang=id|en} switches the language; other values are ignored, not half-applied.
 */
class LanguageSwitch implements HandlerInterceptor {

	private final List<Locale> supported;

	LanguageSwitch(List<Locale> supported) {
		this.supported = supported;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang == null) {
			return true;
		}
		supported.stream()
			.filter(l -> l.getLanguage().equalsIgnoreCase(lang.trim()))
			.findFirst()
			.ifPresent(locale -> RequestContextUtils.getLocaleResolver(request).setLocale(request, response, locale));
		return true;
	}

}
