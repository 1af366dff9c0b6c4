package id.kombel.shared.web;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code kombel.data-dir} to an absolute path once, as {@code kombel.data-path},
 * so a relative directory given on the command line works for H2 (which refuses implicit
 * relative paths) and for the search index and uploads alike.
 */
public class DataDirectory implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String dir = environment.getProperty("kombel.data-dir", "./data");
		String absolute = Path.of(dir).toAbsolutePath().normalize().toString().replace('\\', '/');
		environment.getPropertySources()
			.addFirst(new MapPropertySource("kombelDataPath", Map.of("kombel.data-path", absolute)));
	}

}
