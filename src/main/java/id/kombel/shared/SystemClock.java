package id.kombel.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every module reads (tests replace it to move time); in shared, so a
 * module started on its own (an {@code @ApplicationModuleTest}) has it too.
 */
@Configuration(proxyBeanMethods = false)
class SystemClock {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
