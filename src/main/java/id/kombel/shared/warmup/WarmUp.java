package id.kombel.shared.warmup;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Before the node reports ready (readiness turns ACCEPTING_TRAFFIC only once every
 * {@link ApplicationRunner} has returned), it asks itself over HTTP for what its users
 * will ask first: the public pages, API answers and files, and, signed in with the
 * {@link WarmUpPass}, the pages the modules name ({@link WarmUpPaths}: community pages,
 * lists, forums, the JSON API), so the filter chain, the layout, the templates, the JSON
 * writer and the queries behind them are compiled by the JIT and their caches filled
 * before the first user waits on them. It goes on until the JIT has nothing left to
 * compile for these requests and their rate no longer rises ({@link Settling};
 * {@code kombel.warm-up-until=time}: until the time is up), at most
 * {@code kombel.warm-up} (0 to skip). Modules warm their caches in their own runners (the
 * communities module loads the snapshots of the communities most recently active).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class WarmUp implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private static final List<String> PATHS = List.of("/", "/about", "/login", "/regions", "/regions/12", "/offices",
			"/schools", "/knowledge", "/css/kombel.css");

	/** The API's public data is for signed-in clients: read with the pass. */
	private static final List<String> SIGNED_IN = List.of("/api/v1/regions?level=PROVINCE",
			"/api/v1/schools?region=12");

	/** How often the warm-up looks whether it has settled. */
	private static final long SAMPLE_MILLIS = 200;

	private record Target(String path, boolean signedIn) {
	}

	private final ApplicationContext context;

	private final WarmUpPass pass;

	private final List<WarmUpPaths> modules;

	private final Duration duration;

	private final boolean untilSettled;

	private final int signedIn;

	private final int workers;

	private final boolean thenExit;

	WarmUp(ApplicationContext context, WarmUpPass pass, List<WarmUpPaths> modules,
			@Value("${kombel.warm-up:60s}") Duration duration, @Value("${kombel.warm-up-until:jit}") String until,
			@Value("${kombel.warm-up-signed-in:600}") int signedIn, @Value("${kombel.warm-up-workers:0}") int workers,
			@Value("${kombel.warm-up-then-exit:false}") boolean thenExit) {
		this.thenExit = thenExit;
		this.context = context;
		this.pass = pass;
		this.modules = modules;
		this.duration = duration;
		this.untilSettled = !"time".equals(until);
		this.signedIn = signedIn;
		// as many requests at once as cores: more only queue behind each other
		this.workers = workers > 0 ? workers : Math.max(2, Runtime.getRuntime().availableProcessors());
	}

	/** What a warm-up did: requests answered (signed in among them), by status. */
	record Result(long sent, long signedIn, Map<Integer, Long> statuses, Map<Integer, Long> signedInStatuses,
			long millis, boolean settled, long compileMillis) {
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (duration.isZero() || !(context instanceof WebServerApplicationContext web) || web.getWebServer() == null
				|| web.getWebServer().getPort() <= 0) {
			return;
		}
		Result r = warm();
		log.info(
				"Warmed up with {} requests ({} signed in) in {} ms ({}); answers {}, signed in {}; the JIT compiled for {} ms",
				r.sent(), r.signedIn(), r.millis(), r.settled() ? "settled" : "time up", r.statuses(),
				r.signedInStatuses(), r.compileMillis());
		if (thenExit) {
			// a training run of the JDK's AOT cache (-XX:AOTCacheOutput), written as the
			// JVM
			// exits: the warm-up was its traffic
			log.info("Warm-up done, exiting (kombel.warm-up-then-exit)");
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	/** Warms the node up on its own port; before it is ready only. */
	Result warm() throws InterruptedException {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		String base = "http://127.0.0.1:" + port;
		long started = System.nanoTime();
		List<Target> plan = plan();
		Set<String> signedInTargets = new LinkedHashSet<>();
		plan.stream().filter(Target::signedIn).forEach(t -> signedInTargets.add(t.path()));
		String secret = pass.open(signedInTargets);
		Run run = new Run(base, secret, plan, started + duration.toNanos());
		try (HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build()) {
			run.warm(client);
		}
		finally {
			pass.close();
		}
		return new Result(run.sent.sum(), run.signedInSent.sum(), sums(run.statuses), sums(run.signedInStatuses),
				(System.nanoTime() - started) / 1_000_000, run.settledAt > 0, compileMillis() - run.compiledBefore);
	}

	private static Map<Integer, Long> sums(Map<Integer, LongAdder> counts) {
		Map<Integer, Long> sums = new TreeMap<>();
		counts.forEach((status, n) -> sums.put(status, n.sum()));
		return sums;
	}

	/**
	 * The public paths and the modules' signed-in ones, interleaved so that every worker
	 * meets both kinds early.
	 */
	private List<Target> plan() {
		List<Target> signed = new ArrayList<>();
		if (signedIn > 0) {
			SIGNED_IN.forEach(p -> signed.add(new Target(p, true)));
			for (WarmUpPaths module : modules) {
				try {
					module.signedIn(Math.max(1, signedIn / Math.max(1, modules.size())))
						.forEach(p -> signed.add(new Target(p, true)));
				}
				catch (RuntimeException ex) {
					// a module that cannot say what to warm leaves the others to warm
					log.warn("No warm-up paths from {}: {}", module.getClass().getSimpleName(), ex.toString());
				}
			}
		}
		List<Target> plan = new ArrayList<>();
		int every = Math.max(1, signed.size() / PATHS.size());
		int next = 0;
		for (int i = 0; i < signed.size(); i++) {
			if (i % every == 0 && next < PATHS.size()) {
				plan.add(new Target(PATHS.get(next++), false));
			}
			plan.add(signed.get(i));
		}
		PATHS.subList(next, PATHS.size()).forEach(p -> plan.add(new Target(p, false)));
		return plan;
	}

	private static long compileMillis() {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
	}

	/** One warm-up: its workers, its counts and when it stops. */
	private final class Run {

		private final String base;

		private final String secret;

		private final List<Target> plan;

		private final long until;

		private final LongAdder sent = new LongAdder();

		private final LongAdder signedInSent = new LongAdder();

		private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

		private final Map<Integer, LongAdder> signedInStatuses = new ConcurrentHashMap<>();

		private final long compiledBefore = compileMillis();

		private volatile boolean stop;

		private long settledAt;

		Run(String base, String secret, List<Target> plan, long until) {
			this.base = base;
			this.secret = secret;
			this.plan = plan;
			this.until = until;
		}

		void warm(HttpClient client) throws InterruptedException {
			ExecutorService pool = Executors.newFixedThreadPool(workers);
			for (int w = 0; w < workers; w++) {
				int offset = w * plan.size() / workers;
				pool.submit(() -> work(client, offset));
			}
			pool.shutdown();
			Settling settling = new Settling(TimeUnit.SECONDS.toNanos(1), 0.05);
			try {
				while (!pool.awaitTermination(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
					long now = System.nanoTime();
					if (now >= until) {
						break;
					}
					if (settling.settled(new Settling.Sample(now, compileMillis(), sent.sum())) && untilSettled) {
						settledAt = now;
						break;
					}
				}
			}
			finally {
				stop = true;
				// a request still under way ends with its timeout at the latest
				if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
					pool.shutdownNow();
				}
			}
		}

		private void work(HttpClient client, int offset) {
			for (int i = offset; !stop; i++) {
				Target target = plan.get(i % plan.size());
				long left = until - System.nanoTime();
				if (left <= 0) {
					return;
				}
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target.path()))
					// mostly the language most users read, sometimes the other
					.header("Accept-Language", (i / plan.size()) % 4 == 3 ? "en" : "id")
					// the first answers of a cold node are slow: wait for them as long
					// as the warm-up lasts
					.timeout(Duration.ofNanos(left));
				if (target.signedIn()) {
					request.header(WarmUpPass.HEADER, secret);
				}
				try {
					int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
					(target.signedIn() ? signedInStatuses : statuses).computeIfAbsent(status, s -> new LongAdder())
						.increment();
					sent.increment();
					if (target.signedIn()) {
						signedInSent.increment();
					}
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

	}

}
