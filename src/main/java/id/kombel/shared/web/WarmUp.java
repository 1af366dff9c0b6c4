package id.kombel.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before the node reports ready (readiness turns ACCEPTING_TRAFFIC only once every
 * {@link ApplicationRunner} has returned), it asks itself for its public pages, API
 * answers and files over HTTP for a few seconds ({@code kombel.warm-up}, 0 to skip): the
 * filter chain, the layout, the templates, the JSON writer and the queries behind them
 * are loaded, compiled by the JIT and their caches filled before the first user waits on
 * them. Modules warm what a signed-in page reads in their own runners (the communities
 * module loads the snapshots of the communities most recently active).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private static final List<String> PATHS = List.of("/", "/about", "/login", "/regions", "/regions/12", "/offices",
			"/schools", "/knowledge", "/css/kombel.css", "/api/v1/regions?level=PROVINCE", "/api/v1/schools?region=12",
			"/communities", "/api/v1/communities");

	private final ApplicationContext context;

	private final Duration duration;

	WarmUp(ApplicationContext context, @Value("${kombel.warm-up:8s}") Duration duration) {
		this.context = context;
		this.duration = duration;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (duration.isZero() || !(context instanceof WebServerApplicationContext web) || web.getWebServer() == null
				|| web.getWebServer().getPort() <= 0) {
			return;
		}
		String base = "http://127.0.0.1:" + web.getWebServer().getPort();
		long until = System.nanoTime() + duration.toNanos();
		long started = System.nanoTime();
		int[] sent = new int[2];
		try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
			warm(client, base, until, sent);
		}
		log.info("Warmed up with {} requests in {} ms", sent[0] + sent[1], (System.nanoTime() - started) / 1_000_000);
	}

	private void warm(HttpClient client, String base, long until, int[] sent) throws InterruptedException {
		ExecutorService workers = Executors.newFixedThreadPool(2);
		for (int w = 0; w < 2; w++) {
			int worker = w;
			workers.submit(() -> {
				// rounds until the time is up, but no more than a JIT needs for these
				// paths
				for (int round = 0; round < 400 && System.nanoTime() < until; round++) {
					for (String path : PATHS) {
						long left = until - System.nanoTime();
						if (left <= 0) {
							return;
						}
						try {
							// the first answers of a cold node are slow: wait for them as
							// long as
							// the warm-up lasts
							client.send(HttpRequest.newBuilder(URI.create(base + path))
								.header("Accept-Language", round % 2 == 0 ? "id" : "en")
								.timeout(Duration.ofNanos(left))
								.build(), HttpResponse.BodyHandlers.discarding());
							sent[worker]++;
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						catch (Exception ex) {
							// a path that fails is no reason to stop warming the others
						}
					}
				}
			});
		}
		workers.shutdown();
		workers.awaitTermination(duration.toMillis() + 10_000, TimeUnit.MILLISECONDS);
	}

}
