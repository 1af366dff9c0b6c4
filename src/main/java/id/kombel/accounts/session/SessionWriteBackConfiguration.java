package id.kombel.accounts.session;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Puts {@link LastAccessWriteBack} in front of the JDBC session store that Spring Boot
 * configures (table, timeout, cleanup from the {@code spring.session.*} properties). An
 * auto-configuration after Boot's, not a plain configuration: Boot configures its store
 * only while no other session repository is declared, so this one is declared after it;
 * as the primary one it is what the session filter is given. The filter is then wrapped
 * so that each of its runs is a pass of the store ({@link OnePassSessionFilter}).
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

	@Bean
	static BeanPostProcessor onePassSessionFilter(ObjectProvider<LastAccessWriteBack> sessions) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof SessionRepositoryFilter<?> filter) || bean instanceof OnePassSessionFilter) {
					return bean;
				}
				// a context without this store (a module's test of its own beans) keeps
				// Spring's filter as it is
				LastAccessWriteBack store = sessions.getIfAvailable();
				return store == null ? bean : new OnePassSessionFilter(filter, store);
			}
		};
	}

}
