package id.kombel.shared.messages;

import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The application's message source ({@link UnlockedMessageSource}), configured from the
 * same {@code spring.messages.*} properties as Spring Boot's own, which it replaces
 * (Boot's builds a plain {@code ResourceBundleMessageSource} and cannot be given a
 * subclass).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties properties) throws IOException {
		UnlockedMessageSource messages = new UnlockedMessageSource();
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		Charset encoding = properties.getEncoding();
		if (encoding != null) {
			messages.setDefaultEncoding(encoding.name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		Duration cacheDuration = properties.getCacheDuration();
		if (cacheDuration != null) {
			messages.setCacheMillis(cacheDuration.toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		List<Resource> common = properties.getCommonMessages();
		if (common != null) {
			Properties loaded = new Properties();
			for (Resource resource : common) {
				PropertiesLoaderUtils.fillProperties(loaded, resource);
			}
			messages.setCommonMessages(loaded);
		}
		return messages;
	}

}
