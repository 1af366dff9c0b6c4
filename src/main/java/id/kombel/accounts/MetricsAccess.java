package id.kombel.accounts;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may read {@code /actuator/prometheus}: an administrator's bearer token, or the
 * scrape credential an operator configures ({@code kombel.metrics.username} and
 * {@code kombel.metrics.password}, HTTP basic) for Prometheus. Teachers and visitors may
 * not: the figures tell how the system is used.
 */
final class MetricsAccess {

	static final String PATH = "/actuator/prometheus";

	private MetricsAccess() {
	}

	static SecurityFilterChain chain(HttpSecurity http, ApiTokens tokens, JsonMapper json, Environment environment)
			throws Exception {
		http.securityMatcher(PATH)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, json), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, PATH)
				.hasAnyRole("ADMIN", "METRICS_SCRAPER")
				.anyRequest()
				.denyAll());
		String username = environment.getProperty("kombel.metrics.username", "");
		String password = environment.getProperty("kombel.metrics.password", "");
		if (!username.isBlank() && !password.isBlank()) {
			PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
			DaoAuthenticationProvider scraper = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
					User.withUsername(username).password(encoder.encode(password)).roles("METRICS_SCRAPER").build()));
			scraper.setPasswordEncoder(encoder);
			http.authenticationManager(new ProviderManager(scraper)).httpBasic(basic -> basic.realmName("kombel"));
		}
		else {
			http.httpBasic(basic -> basic.disable());
		}
		return http.build();
	}

}
