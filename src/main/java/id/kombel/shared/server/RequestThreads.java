package id.kombel.shared.server;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Request threads by the node's cores ({@code kombel.request-threads-per-core}, 3),
 * unless {@code server.tomcat.threads.max} is set, and database connections to match. A
 * page is a few hundred microseconds of CPU and a few short database round trips, so a
 * few requests per core keep the cores busy; more only wait in the kernel's run queue
 * behind each other and the database, a wait that each round trip meets again. Requests
 * beyond the threads queue at the connector, first come first served. On the national
 * benchmark (two cores, 32 connections) 6 threads instead of 16 took the list's p99 from
 * 55–260 ms to 33–44 ms (docs/benchmarks.md, 2026-12-06).
 */
public class RequestThreads implements EnvironmentPostProcessor {

	static final String THREADS = "server.tomcat.threads.max";

	/** The pool's size unless {@code KOMBEL_DB_POOL} says otherwise. */
	static final String POOL = "kombel.db-pool-default";

	/**
	 * Connections beyond the request threads': those a node holds for its life (the cache
	 * listener, the embedded index claim) and the background jobs'.
	 */
	private static final int BESIDE_REQUESTS = 8;

	/** What a two-core node had measured with; never fewer. */
	private static final int LEAST_POOL = 24;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		int perCore = environment.getProperty("kombel.request-threads-per-core", Integer.class, 3);
		int byCores = Math.max(4, perCore * Runtime.getRuntime().availableProcessors());
		int threads = environment.getProperty(THREADS, Integer.class, byCores);
		// last: any setting of either, in a file, the environment or the command line,
		// wins
		environment.getPropertySources()
			.addLast(new MapPropertySource("kombelRequestThreads",
					Map.of(THREADS, byCores, POOL, Math.max(LEAST_POOL, threads + BESIDE_REQUESTS))));
	}

}
