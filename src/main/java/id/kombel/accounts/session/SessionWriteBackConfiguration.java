package id.kombel.accounts.session;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link LastAccessWriteBack} in front of the JDBC session store that Spring Boot
 * configures (table, timeout, cleanup from the {@code spring.session.*} properties). An
 * auto-configuration after Boot's, not a plain configuration: Boot configures its store
 * only while no other session repository is declared, so this one is declared after it;
 * as the primary one it is what the session filter is given.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class SessionWriteBackConfiguration {

	@Bean
	@Primary
	LastAccessWriteBack lastAccessWriteBack(JdbcIndexedSessionRepository store,
			@Value("${kombel.session.last-access-write-back:1m}") Duration interval) {
		return new LastAccessWriteBack(store, interval);
	}

}
