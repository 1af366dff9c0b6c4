package id.kombel.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import id.kombel.shared.access.CurrentUserArgumentResolver;

/**
 * Bahasa Indonesia first, English second: {@code ?lang=en} switches and is remembered in
 * a cookie; without one, the browser's Accept-Language decides between the two.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebMvcConfigurer {

	public static final Locale INDONESIAN = Locale.forLanguageTag("id");

	public static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver byHeader = new AcceptHeaderLocaleResolver();
		byHeader.setSupportedLocales(SUPPORTED);
		byHeader.setDefaultLocale(INDONESIAN);
		CookieLocaleResolver resolver = new CookieLocaleResolver("kombel-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(byHeader::resolveLocale);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch(SUPPORTED));
		registry.addInterceptor(new RefusedForms());
		registry.addInterceptor(new CurrentUserAttribute());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new CurrentUserArgumentResolver());
		// before Spring's binding of a model attribute, which would take the same records
		resolvers.add(new QueryRecords());
	}

}
