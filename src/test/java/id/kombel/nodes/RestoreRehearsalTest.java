package id.kombel.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.kombel.KombelApplication;
import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.TestDatabase;

/**
 * The backup and restore of the README, rehearsed: a material is uploaded, the database
 * is dumped ({@code pg_dump -Fc}) and then the file store copied; both are restored into
 * a new database and a new directory, a node started on them serves the download and
 * finds the material in its rebuilt search index.
 */
class RestoreRehearsalTest {

	@Test
	void aDumpAndAFileStoreCopyTakenTogetherRestoreTheDownloads() throws Exception {
		Optional<Path> bin = postgresBin();
		assumeTrue(bin.isPresent(), "no pg_dump/pg_restore under /usr/lib/postgresql/*/bin: restore not rehearsed");
		TestDatabase.Connection original = TestDatabase.another("kombel_backup");
		Path root = Files.createDirectories(Path.of("target", "restore-test", UUID.randomUUID().toString()));
		byte[] pdf = ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n% " + UUID.randomUUID() + "\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		long material;
		Path dump = root.resolve("kombel.dump");
		Path backup = root.resolve("files-backup");
		ConfigurableApplicationContext node = node(original, root.resolve("a"), root.resolve("files"), true);
		try {
			Api guru = new Api(base(node)).as("guru@demo.kombel.id");
			material = upload(base(node), guru, pdf);
			// the backup, as the README says: the database, then the file store
			run(bin.get().resolve("pg_dump"), original, "-Fc", "--no-owner", "-f", dump.toString());
			copy(root.resolve("files"), backup);
		}
		finally {
			node.close();
		}
		assertThat(Files.size(dump)).isPositive();

		TestDatabase.Connection restored = TestDatabase.another("kombel_restored");
		run(bin.get().resolve("pg_restore"), restored, "--no-owner", "--exit-on-error", dump.toString());
		Path files = root.resolve("files-restored");
		copy(backup, files);
		ConfigurableApplicationContext again = node(restored, root.resolve("b"), files, false);
		try {
			Api guru = new Api(base(again)).as("guru@demo.kombel.id");
			Response download = guru.get("/api/v1/materials/" + material + "/download");
			assertThat(download.status()).as("the material's file, restored").isEqualTo(200);
			assertThat(download.body()).isEqualTo(new String(pdf, StandardCharsets.US_ASCII));
			Response found = guru.get("/api/v1/search?q=dipulihkan&type=material");
			assertThat(found.status()).isEqualTo(200);
			assertThat(found.body()).as("the rebuilt embedded index").contains("Modul yang dipulihkan");
		}
		finally {
			again.close();
		}
	}

	private static ConfigurableApplicationContext node(TestDatabase.Connection db, Path dataDir, Path files,
			boolean demo) {
		return new SpringApplicationBuilder(KombelApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password(), "--kombel.data-dir=" + dataDir,
				"--kombel.storage.dir=" + files, "--kombel.secret=restore-test-secret", "--kombel.demo=" + demo);
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	private static long upload(String base, Api guru, byte[] pdf) throws Exception {
		String meta = "{\"title\":\"Modul yang dipulihkan\",\"kind\":\"MODUL_AJAR\",\"levels\":[\"SD\"],"
				+ "\"subjects\":[\"Bahasa Indonesia\"],\"description\":\"Modul untuk latihan pemulihan cadangan\"}";
		String boundary = "kombel-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + meta + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"modul.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(pdf);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var up = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/materials"))
				.header("Authorization", "Bearer " + token(guru))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), BodyHandlers.ofString());
		assertThat(up.statusCode()).as(up.body()).isEqualTo(201);
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(up.body()).get("id").asLong();
	}

	private static String token(Api api) throws ReflectiveOperationException {
		var field = Api.class.getDeclaredField("token");
		field.setAccessible(true);
		return (String) field.get(api);
	}

	/** The newest PostgreSQL client binaries on this machine. */
	private static Optional<Path> postgresBin() throws IOException {
		Path versions = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(versions)) {
			return Optional.empty();
		}
		try (Stream<Path> dirs = Files.list(versions)) {
			return dirs.map(d -> d.resolve("bin"))
				.filter(b -> Files.isExecutable(b.resolve("pg_dump")) && Files.isExecutable(b.resolve("pg_restore")))
				.max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString())));
		}
	}

	private static void run(Path tool, TestDatabase.Connection db, String... args) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(tool.toString(), "--dbname=" + db.url().substring(5), "-U", db.user()));
		command.addAll(List.of(args));
		ProcessBuilder p = new ProcessBuilder(command).redirectErrorStream(true);
		if (db.password() != null && !db.password().isEmpty()) {
			p.environment().put("PGPASSWORD", db.password());
		}
		Process process = p.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assumeTrue(!output.contains("server version mismatch"),
				"the PostgreSQL client binaries are older than the server: restore not rehearsed (" + output.strip()
						+ ")");
		assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
	}

	/** {@code rsync -a} of a directory file store. */
	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
	}

}
