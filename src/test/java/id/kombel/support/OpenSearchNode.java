package id.kombel.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real single-node OpenSearch cluster for the tests, started once per test JVM from the
 * minimal distribution that the build unpacks from Maven Central into
 * {@code target/opensearch} (see the pom): a separate process on a free loopback port,
 * stopped when the JVM ends.
 * <p>
 * OpenSearch 2.x needs a JDK from 11 to 21 (it installs a security manager, which JDK 24+
 * no longer has): {@code OPENSEARCH_JAVA_HOME}, else the newest such JDK under
 * /usr/lib/jvm. It refuses to run as root, so as root (CI, these machines) it runs as
 * {@code nobody} from a copy in a temporary directory that user owns (the work tree may
 * sit under a home only root can enter).
 */
public final class OpenSearchNode {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private static OpenSearchNode node;

	private final String uri;

	private final long startMillis;

	private OpenSearchNode(String uri, long startMillis) {
		this.uri = uri;
		this.startMillis = startMillis;
	}

	/** The running node, started on first use. */
	public static synchronized OpenSearchNode get() {
		if (node == null) {
			node = start();
			System.out.println("OpenSearch " + System.getProperty("kombel.test.opensearch.version") + " answered at "
					+ node.uri + " " + node.startMillis + " ms after its start");
		}
		return node;
	}

	public String uri() {
		return uri;
	}

	/** How long the node took to answer after its process was started. */
	public long startMillis() {
		return startMillis;
	}

	private static OpenSearchNode start() {
		String version = System.getProperty("kombel.test.opensearch.version");
		String configured = System.getProperty("kombel.test.opensearch.home");
		if (configured == null || version == null || !Files.isDirectory(Path.of(configured, "lib"))) {
			throw new IllegalStateException("No OpenSearch distribution at " + configured
					+ ": run the tests through Maven (./mvnw test), which unpacks it into target/opensearch");
		}
		try {
			boolean root = new com.sun.security.auth.module.UnixSystem().getUid() == 0;
			Path work = Files.createTempDirectory("kombel-opensearch-");
			Path home = root ? copy(Path.of(configured), work.resolve("home")) : Path.of(configured);
			writeModuleDescriptors(home, version);
			Path data = Files.createDirectories(work.resolve("data"));
			Path logs = Files.createDirectories(work.resolve("logs"));
			Path tmp = Files.createDirectories(work.resolve("tmp"));
			if (root) {
				run("chown", "-R", "65534:65534", work.toString());
			}
			int http = freePort();
			List<String> command = new ArrayList<>();
			if (root) {
				command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"));
			}
			command.addAll(List.of("bash", home.resolve("bin/opensearch").toString(), "-Ediscovery.type=single-node",
					"-Enetwork.host=127.0.0.1", "-Ehttp.port=" + http, "-Etransport.port=" + freePort(),
					"-Epath.data=" + data, "-Epath.logs=" + logs, "-Ecluster.name=kombel-test",
					// a nearly full disk of a test machine must not turn the indexes
					// read-only
					"-Ecluster.routing.allocation.disk.threshold_enabled=false"));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(work.resolve("console.log").toFile());
			builder.environment().put("OPENSEARCH_JAVA_HOME", javaHome().toString());
			builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m");
			builder.environment().put("OPENSEARCH_TMPDIR", tmp.toString());
			builder.environment().remove("JAVA_TOOL_OPTIONS");
			long started = System.nanoTime();
			Process process = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, work)));
			String uri = "http://127.0.0.1:" + http;
			awaitGreenOrYellow(process, uri, work.resolve("console.log"));
			return new OpenSearchNode(uri, (System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Maven Central has the modules' jars but not their descriptors (the distribution
	 * build writes them). analysis-common holds the filters of the Indonesian analyzer;
	 * reindex serves _delete_by_query, with which a rebuild empties an index. No extended
	 * plugin: without lang-painless only scripted filters and scripted reindexing are
	 * missing.
	 */
	private static void writeModuleDescriptors(Path home, String version) throws IOException {
		writeModuleDescriptor(home, version, "analysis-common", "org.opensearch.analysis.common.CommonAnalysisPlugin",
				"analysis-common-" + version + ".jar");
		writeModuleDescriptor(home, version, "reindex", "org.opensearch.index.reindex.ReindexPlugin",
				"reindex-client-" + version + ".jar");
	}

	private static void writeModuleDescriptor(Path home, String version, String name, String classname, String jar)
			throws IOException {
		Path module = home.resolve("modules").resolve(name);
		if (!Files.exists(module.resolve(jar))) {
			throw new IllegalStateException("No " + jar + " in " + module + ": run the tests through Maven");
		}
		Files.writeString(module.resolve("plugin-descriptor.properties"), """
				description=The %2$s module
				version=%1$s
				name=%2$s
				classname=%3$s
				java.version=11
				opensearch.version=%1$s
				custom.foldername=
				extended.plugins=
				has.native.controller=false
				""".formatted(version, name, classname));
	}

	private static void awaitGreenOrYellow(Process process, String uri, Path log) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest
			.newBuilder(URI.create(uri + "/_cluster/health?wait_for_status=yellow&timeout=2s"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + ":\n" + tail(log));
			}
			try {
				if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(250);
		}
		process.destroyForcibly();
		throw new IllegalStateException("OpenSearch did not start within " + START_TIMEOUT + ":\n" + tail(log));
	}

	/** OPENSEARCH_JAVA_HOME, else the newest JDK 11-21 under /usr/lib/jvm. */
	static Path javaHome() throws IOException {
		String env = System.getenv("OPENSEARCH_JAVA_HOME");
		if (env != null && !env.isBlank()) {
			return Path.of(env);
		}
		try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
			return jdks.filter(p -> Files.isExecutable(p.resolve("bin/java")) && !Files.isSymbolicLink(p))
				.filter(p -> major(p) >= 11 && major(p) <= 21)
				.max(Comparator.comparingInt(OpenSearchNode::major))
				.orElseThrow(() -> new IllegalStateException("OpenSearch "
						+ System.getProperty("kombel.test.opensearch.version")
						+ " needs a JDK 11 to 21 (none under /usr/lib/jvm): apt-get install openjdk-17-jre-headless, "
						+ "or set OPENSEARCH_JAVA_HOME"));
		}
		catch (java.nio.file.NoSuchFileException ex) {
			throw new IllegalStateException("No JDK 11 to 21 found: set OPENSEARCH_JAVA_HOME", ex);
		}
	}

	private static int major(Path jdk) {
		try {
			for (String line : Files.readAllLines(jdk.resolve("release"))) {
				if (line.startsWith("JAVA_VERSION=")) {
					String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
					return Integer.parseInt(v.startsWith("1.") ? v.substring(2, 3) : v.split("[.+-]")[0]);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not a JDK we can read
		}
		return -1;
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return to;
	}

	private static void stop(Process process, Path work) {
		process.descendants().forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
		}
		try (Stream<Path> files = Files.walk(work)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary directory harms nothing
		}
	}

	private static void run(String... command) throws IOException {
		try {
			int code = new ProcessBuilder(command).inheritIO().start().waitFor();
			if (code != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed with " + code);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log at " + log + ")";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
