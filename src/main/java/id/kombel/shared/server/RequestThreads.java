package id.kombel.shared.server;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Request threads by the node's cores ({@code kombel.request-threads-per-core}, 3),
 * unless {@code server.tomcat.threads.max} is set. A page is a few hundred microseconds
 * of CPU and a few short database round trips, so a few requests per core keep the cores
 * busy; more only wait in the kernel's run queue behind each other and the database, a
 * wait that each round trip meets again. Requests beyond the threads queue at the
 * connector, first come first served. On the national benchmark (two cores, 32
 * connections) 6 threads instead of 16 took the list's p99 from 55–260 ms to 34–40 ms
 * (docs/benchmarks.md, 2026-12-06).
 */
public class RequestThreads implements EnvironmentPostProcessor {

	static final String PROPERTY = "server.tomcat.threads.max";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		int perCore = environment.getProperty("kombel.request-threads-per-core", Integer.class, 3);
		int threads = Math.max(4, perCore * Runtime.getRuntime().availableProcessors());
		// last: any setting of the property, in a file, the environment or the command
		// line, wins
		environment.getPropertySources()
			.addLast(new MapPropertySource("kombelRequestThreads", Map.of(PROPERTY, threads)));
	}

}
