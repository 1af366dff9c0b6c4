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

	private static int threads(StandardEnvironment environment) {
		return environment.getRequiredProperty(RequestThreads.THREADS, Integer.class);
	}

	private static int pool(StandardEnvironment environment) {
		return environment.getRequiredProperty(RequestThreads.POOL, Integer.class);
	}

	@Test
	void threeThreadsPerCoreByDefault() {
		StandardEnvironment environment = environment(Map.of());
		assertThat(threads(environment)).isEqualTo(Math.max(4, 3 * CORES));
		assertThat(pool(environment)).isEqualTo(Math.max(24, Math.max(4, 3 * CORES) + 8));
	}

	@Test
	void followsThePerCoreSetting() {
		assertThat(threads(environment(Map.of("kombel.request-threads-per-core", "5"))))
			.isEqualTo(Math.max(4, 5 * CORES));
	}

	@Test
	void anExplicitThreadCountWinsAndThePoolFollowsIt() {
		StandardEnvironment environment = environment(Map.of(RequestThreads.THREADS, "40"));
		assertThat(threads(environment)).isEqualTo(40);
		assertThat(pool(environment)).isEqualTo(48);
		assertThat(pool(environment(Map.of(RequestThreads.THREADS, "6")))).isEqualTo(24);
	}

}
