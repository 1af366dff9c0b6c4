package id.kombel.programmes.ticket;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kombel.shared.web.PublicPaths;

/**
 * A participant opens their ticket (and, later, their certificate) without an account.
 */
@Configuration
class EventPaths {

	@Bean
	PublicPaths eventPublicPaths() {
		return PublicPaths.pages("/tickets/*", "/tickets/*/certificate.pdf", "/tickets/*.ics");
	}

}
