package id.kombel.shared.server;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class RequestThreadsTest {

	private static final int CORES = Runtime.getRuntime().availableProcessors();

	private static StandardEnvironment environment(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
		new RequestThreads().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

	@Test
	void threeThreadsPerCoreByDefault() {
		assertThat(environment(Map.of()).getProperty(RequestThreads.PROPERTY, Integer.class))
			.isEqualTo(Math.max(4, 3 * CORES));
	}

	@Test
	void followsThePerCoreSetting() {
		assertThat(environment(Map.of("kombel.request-threads-per-core", "5")).getProperty(RequestThreads.PROPERTY,
				Integer.class))
			.isEqualTo(Math.max(4, 5 * CORES));
	}

	@Test
	void anExplicitThreadCountWins() {
		assertThat(
				environment(Map.of(RequestThreads.PROPERTY, "40")).getProperty(RequestThreads.PROPERTY, Integer.class))
			.isEqualTo(40);
	}

}
