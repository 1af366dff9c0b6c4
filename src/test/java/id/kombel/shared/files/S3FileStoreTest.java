package id.kombel.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The object store against a real S3-compatible server: S3Proxy 2.6.0 (from Maven
 * Central, copied to {@code target/s3proxy} by the build) on its filesystem backend,
 * started as its own process on a free port.
 */
class S3FileStoreTest {

	private static Process server;

	private static S3Client client;

	private static S3FileStore store;

	private static Path data;

	@BeforeAll
	static void startS3Proxy() throws Exception {
		Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
		assertThat(jar).as("copied by the build (process-test-resources)").exists();
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		data = Files.createTempDirectory("s3proxy");
		Path properties = data.resolve("s3proxy.properties");
		Files.createDirectories(data.resolve("blobs"));
		Files.writeString(properties,
				String.join("\n", "s3proxy.endpoint=http://127.0.0.1:" + port, "s3proxy.authorization=aws-v2-or-v4",
						"s3proxy.identity=kombel", "s3proxy.credential=kombel-secret", "jclouds.provider=filesystem",
						"jclouds.filesystem.basedir=" + data.resolve("blobs"), ""));
		String java = ProcessHandle.current().info().command().orElse("java");
		server = new ProcessBuilder(java, "-jar", jar.toAbsolutePath().toString(), "--properties",
				properties.toString())
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("s3proxy.log").toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!listening(port)) {
			assertThat(server.isAlive()).as("S3Proxy runs: " + data.resolve("s3proxy.log")).isTrue();
			assertThat(System.nanoTime()).as("S3Proxy listens within a minute").isLessThan(deadline);
			Thread.sleep(200);
		}
		client = client("http://127.0.0.1:" + port);
		client.createBucket(b -> b.bucket("kombel-files"));
		store = new S3FileStore(client, "kombel-files");
	}

	private static S3Client client(String endpoint) {
		// the application's own client settings
		return S3FileStore.client(endpoint, "us-east-1", "kombel", "kombel-secret");
	}

	private static boolean listening(int port) {
		try (Socket s = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@AfterAll
	static void stop() {
		if (client != null) {
			client.close();
		}
		if (server != null) {
			server.destroy();
		}
	}

	@Test
	void storesReadsAndDeletesAFile() throws IOException {
		byte[] content = "modul ajar literasi".getBytes(StandardCharsets.UTF_8);
		store.put("materials/ab/abc123", content, "application/pdf");

		assertThat(store.exists("materials/ab/abc123")).isTrue();
		try (FileStore.StoredObject file = store.open("materials/ab/abc123").orElseThrow()) {
			assertThat(file.content().readAllBytes()).isEqualTo(content);
			assertThat(file.length()).isEqualTo(content.length);
			assertThat(file.contentType()).isEqualTo("application/pdf");
		}
		store.delete("materials/ab/abc123");
		store.delete("materials/ab/abc123");
		assertThat(store.exists("materials/ab/abc123")).isFalse();
		assertThat(store.open("materials/ab/abc123")).isEmpty();
	}

	@Test
	void anUploadThatBreaksOffLeavesNothing() {
		InputStream breaking = new InputStream() {
			private int sent;

			@Override
			public int read() throws IOException {
				if (sent++ > 4_000) {
					throw new IOException("client went away");
				}
				return 'x';
			}
		};
		assertThatThrownBy(() -> store.put("practice-photos/cd/broken-small.jpg", breaking, 10_000, "image/jpeg"))
			.isInstanceOf(FileStoreUnavailableException.class);
		assertThat(store.exists("practice-photos/cd/broken-small.jpg")).isFalse();
	}

	@Test
	void anUnreachableStoreIsUnavailableNotAnOtherFailure() {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		try (S3Client nowhere = client("http://127.0.0.1:" + port)) {
			FileStore down = new S3FileStore(nowhere, "kombel-files");
			assertThatThrownBy(() -> down.put("materials/ef/x", new byte[] { 1 }, null))
				.isInstanceOf(FileStoreUnavailableException.class);
			assertThatThrownBy(() -> down.open("materials/ef/x")).isInstanceOf(FileStoreUnavailableException.class);
		}
	}

	@Test
	void refusesKeysThatLeaveTheStore() {
		assertThatThrownBy(() -> store.put("../etc/passwd", new byte[] { 1 }, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
