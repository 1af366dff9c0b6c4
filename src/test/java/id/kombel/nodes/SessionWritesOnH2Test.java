package id.kombel.nodes;

import java.nio.file.Path;
import java.util.List;

/**
 * {@link SessionWritesTest} on the embedded default, H2: two nodes in this JVM open the
 * same database file (H2 shares an open database within one process).
 */
class SessionWritesOnH2Test extends SessionWritesTest {

	@Override
	List<String> database(Path root) {
		return List.of("--spring.datasource.url=jdbc:h2:file:" + root.resolve("db/kombel")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE");
	}

}
