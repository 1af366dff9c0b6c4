package id.kombel.nodes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.kombel.KombelApplication;
import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running node (its connection is cut by a proxy between
 * the two, as a failed network or a restarted server would): requests that need it get a
 * 503 problem soon instead of hanging, health says DOWN, and both recover by themselves
 * once the database is reachable again. The bounds are generous (10 s, where a node used
 * to hang for 30 s and then answer 500); the ~2 s the pool waits is configuration, not
 * measured here.
 */
class DatabaseOutageTest {

	static Cut proxy;

	static ConfigurableApplicationContext node;

	@BeforeAll
	static void startANodeBehindACuttableLink() throws Exception {
		TestDatabase.Connection db = TestDatabase.another("kombel_outage");
		Matcher m = Pattern.compile("//([^/:]+):(\\d+)/").matcher(db.url());
		assertThat(m.find()).as(db.url()).isTrue();
		proxy = new Cut(m.group(1), Integer.parseInt(m.group(2)));
		String url = db.url().replaceFirst("//[^/:]+:\\d+/", "//127.0.0.1:" + proxy.port() + "/");
		Path dir = Path.of("target", "outage-test", UUID.randomUUID().toString());
		node = new SpringApplicationBuilder(KombelApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password(), "--kombel.data-dir=" + dir, "--kombel.demo=true");
	}

	@AfterAll
	static void stop() throws IOException {
		if (node != null) {
			node.close();
		}
		if (proxy != null) {
			proxy.close();
		}
	}

	@Test
	void withoutTheDatabaseAnswersAre503SoonAndEverythingComesBackByItself() throws Exception {
		Api api = new Api("http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort());
		Api guru = api.as("guru@demo.kombel.id").inLanguage("id");
		assertThat(guru.get("/api/v1/communities").status()).isEqualTo(200);
		assertThat(api.get("/actuator/health").status()).isEqualTo(200);

		proxy.cut();
		assertThat(guru.get("/api/v1/communities").status()).as("a cached answer keeps answering").isEqualTo(200);
		long started = System.nanoTime();
		// a search text nobody asked before is in no cache: it needs the database
		Response refused = guru.get("/api/v1/communities?q=outage" + System.nanoTime());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(refused.status()).as(refused.body()).isEqualTo(503);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.header("Retry-After")).isNotBlank();
		assertThat(took).as("answered, not hung").isLessThan(Duration.ofSeconds(10));
		Response page = guru.get("/communities?q=outage" + System.nanoTime());
		assertThat(page.status()).isEqualTo(503);
		assertThat(page.contentType()).startsWith("text/html");
		Response health = api.get("/actuator/health");
		assertThat(health.status()).isEqualTo(503);
		assertThat(health.body()).contains("DOWN");

		proxy.restore();
		Response back = null;
		for (int i = 0; i < 40; i++) {
			back = guru.get("/api/v1/communities?q=back" + System.nanoTime());
			if (back.status() == 200) {
				break;
			}
			Thread.sleep(500);
		}
		assertThat(back.status()).as("recovered by itself: " + back.body()).isEqualTo(200);
		assertThat(api.get("/actuator/health").status()).isEqualTo(200);
	}

	/**
	 * A TCP forwarder to the database that can be cut (every link closed, nothing
	 * accepted) and restored.
	 */
	static final class Cut {

		private final String host;

		private final int target;

		private final List<Socket> open = new CopyOnWriteArrayList<>();

		private volatile ServerSocket server;

		private final int port;

		Cut(String host, int target) throws IOException {
			this.host = host;
			this.target = target;
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			this.port = server.getLocalPort();
			accept(server);
		}

		int port() {
			return port;
		}

		void cut() throws IOException {
			server.close();
			for (Socket s : open) {
				s.close();
			}
			open.clear();
		}

		void restore() throws IOException {
			server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
			accept(server);
		}

		void close() throws IOException {
			cut();
		}

		private void accept(ServerSocket listening) {
			Thread.ofVirtual().start(() -> {
				while (!listening.isClosed()) {
					try {
						Socket client = listening.accept();
						Socket db = new Socket(host, target);
						open.add(client);
						open.add(db);
						pipe(client, db);
						pipe(db, client);
					}
					catch (IOException ex) {
						// closed by cut(): stop accepting
					}
				}
			});
		}

		private static void pipe(Socket from, Socket to) {
			Thread.ofVirtual().start(() -> {
				try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
					in.transferTo(out);
				}
				catch (IOException ex) {
					// the link was cut
				}
				finally {
					try {
						from.close();
						to.close();
					}
					catch (IOException ignored) {
						// already closed
					}
				}
			});
		}

	}

}
