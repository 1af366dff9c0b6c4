package id.kombel.accounts;

import java.util.List;
import java.util.function.Function;

import id.kombel.shared.web.PublicPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import id.kombel.shared.warmup.WarmUpPass;
import id.kombel.shared.web.ProblemResponses;
import id.kombel.shared.web.PublicPaths;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the API ({@code /api/**}) takes bearer tokens and answers problem details;
 * the web pages use a session from the sign-in form or the OpenID Connect provider.
 * <p>
 * The URL rules here decide only who must be signed in. No role is checked here: an
 * administrators' endpoint carries {@link id.kombel.shared.access.AdminOnly} (enabled by
 * {@code @EnableMethodSecurity}), and what a user may do with a thing is the owning
 * module's {@link id.kombel.shared.access.Policy}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm stored in the hash so it can be raised
		// later
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(Accounts accounts) {
		return email -> accounts.userByEmail(email).orElseThrow(() -> new UsernameNotFoundException(email));
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		return new ProviderManager(provider);
	}

	/**
	 * Security filters are not traced one by one: on two cores every microsecond per
	 * request counts.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(0)
	SecurityFilterChain metrics(HttpSecurity http, ApiTokens tokens, JsonMapper json, Environment environment)
			throws Exception {
		return MetricsAccess.chain(http, tokens, json, environment);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json, MessageSource messages,
			LocaleResolver locales, List<PublicPaths> open, Environment environment, WarmUpPass warmUp)
			throws Exception {
		SecurityHeaders.apply(http, environment);
		http.securityMatcher("/api/**")
			// the node asking itself before it is ready (its conditions: WarmUpPass)
			.addFilterBefore(warmUp.filter(json), AnonymousAuthenticationFilter.class)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, json), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/tokens")
				.permitAll()
				.requestMatchers(HttpMethod.GET, patterns(open, PublicPaths::api))
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling(
					e -> e
						.authenticationEntryPoint(
								(request, response, ex) -> ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
										messages.getMessage("error.unauthenticated", null,
												locales.resolveLocale(request)),
										request.getRequestURI(), json))
						.accessDeniedHandler(
								(request, response, ex) -> ProblemResponses.write(response, HttpStatus.FORBIDDEN,
										messages.getMessage("error.forbidden", null, locales.resolveLocale(request)),
										request.getRequestURI(), json)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcClients,
			KombelOidcUserService oidcUsers, ApiTokens tokens, JsonMapper json, List<PublicPaths> open,
			SignInThrottle throttle, Environment environment, SessionUsers sessionUsers, WarmUpPass warmUp)
			throws Exception {
		SecurityHeaders.apply(http, environment);
		http.addFilterBefore(warmUp.filter(json), AnonymousAuthenticationFilter.class);
		// files such as calendars may also be fetched by API clients with their token
		http.addFilterBefore(new BearerTokenFilter(tokens, json), AnonymousAuthenticationFilter.class);
		// a session's user as the account is now (disabled, other roles), on any node
		http.addFilterBefore(sessionUsers.filter(), AnonymousAuthenticationFilter.class);
		http.addFilterBefore(SignInFormThrottling.filter(throttle), UsernamePasswordAuthenticationFilter.class);
		// a cookie, not the session, holds the CSRF token: pages read with a token create
		// no sessions
		// a bearer token is never sent by a browser on its own, so a request carrying one
		// is no forgery
		CookieCsrfTokenRepository csrfCookies = new CookieCsrfTokenRepository();
		if (SecurityHeaders.isHttps(environment)) {
			csrfCookies.setCookieCustomizer(cookie -> cookie.secure(true));
		}
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfCookies)
			.csrfTokenRequestHandler(new BearerTokenFilter.Csrf())
			.ignoringRequestMatchers(BearerTokenFilter::carriesToken));
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/", "/login", "/error", "/about", "/css/**", "/js/**", "/img/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/regions", "/regions/**", "/offices", "/offices/**", "/schools",
					"/schools/{id:\\d+}", "/activities/*.ics", "/communities/*/calendar.ics", "/certificates/*")
			.permitAll()
			.requestMatchers(HttpMethod.GET, patterns(open, PublicPaths::pages))
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(SignInFormThrottling.success(throttle))
				.failureHandler(SignInFormThrottling.failure(throttle))
				.permitAll())
			// the browser's HTTP copies go (over https; Chromium honours "cache" there);
			// the
			// offline copies and their workers go by the signed-out page's script
			// (js/signed-out.js): "storage" would also drop unsent venue check-ins
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut")
				.addLogoutHandler(new HeaderWriterLogoutHandler(
						new ClearSiteDataHeaderWriter(ClearSiteDataHeaderWriter.Directive.CACHE)))
				.permitAll());
		if (oidcClients.getIfAvailable() != null) {
			// a refused provider sign-in is not a wrong password: the form says why
			http.oauth2Login(o -> o.loginPage("/login")
				.failureUrl("/login?refused")
				.userInfoEndpoint(u -> u.oidcUserService(oidcUsers)));
		}
		return http.build();
	}

	/** Marks the session cookie Secure when the public address is https. */
	@Bean
	ServletContextInitializer secureSessionCookie(Environment environment) {
		return context -> SecurityHeaders.secureSessionCookie(context, environment);
	}

	/** The shared session's cookie (Spring Session writes its own) likewise. */
	@Bean
	org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer secureSharedSessionCookie(
			Environment environment) {
		return serializer -> {
			if (SecurityHeaders.isHttps(environment)) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

	private static String[] patterns(List<PublicPaths> open, Function<PublicPaths, List<String>> which) {
		// a matcher needs at least one pattern: an unused path stands in when no module
		// opens any
		String[] all = open.stream().flatMap(p -> which.apply(p).stream()).distinct().toArray(String[]::new);
		return all.length > 0 ? all : new String[] { "/__none__" };
	}

}
