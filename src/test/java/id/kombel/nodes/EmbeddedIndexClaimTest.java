package id.kombel.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import id.kombel.KombelApplication;
import id.kombel.support.TestDatabase;

/**
 * The embedded Lucene index holds what its own node saved, so a second node on it on the
 * same PostgreSQL refuses to start, naming the fix; once the first node is gone, a node
 * on the embedded index starts again.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedIndexClaimTest {

	@Test
	void aSecondNodeOnTheEmbeddedIndexRefusesToStartUntilTheFirstIsGone(CapturedOutput output) throws Exception {
		TestDatabase.Connection db = TestDatabase.another("kombel_claim");
		Path root = Files.createDirectories(Path.of("target", "claim-test", UUID.randomUUID().toString()));
		ConfigurableApplicationContext first = node(db, root.resolve("a"));
		try {
			assertThat(((WebServerApplicationContext) first).getWebServer().getPort()).isPositive();

			Throwable refused = catchThrowable(() -> node(db, root.resolve("b")).close());

			assertThat(refused).as("the second node on the embedded index").isNotNull();
			assertThat(rootMessage(refused)).contains("embedded Lucene", "kombel.search.backend=elasticsearch",
					"Running several nodes", "kombel lucene");
			assertThat(output.getAll()).as("the operator's log")
				.contains("APPLICATION FAILED TO START", "already uses the embedded Lucene search index",
						"--kombel.search.backend=elasticsearch");
		}
		finally {
			first.close();
		}

		ConfigurableApplicationContext again = node(db, root.resolve("c"));
		assertThat(again.isActive()).as("the first node stopped, a new one starts").isTrue();
		again.close();
	}

	private static ConfigurableApplicationContext node(TestDatabase.Connection db, Path dataDir) {
		return new SpringApplicationBuilder(KombelApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password(), "--kombel.data-dir=" + dataDir,
				"--kombel.storage.dir=" + dataDir.resolve("files"), "--kombel.secret=claim-test-secret",
				"--kombel.search.backend=lucene");
	}

	private static String rootMessage(Throwable t) {
		Throwable cause = t;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
