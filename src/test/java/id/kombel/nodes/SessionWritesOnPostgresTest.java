package id.kombel.nodes;

import java.nio.file.Path;
import java.util.List;

import id.kombel.support.TestDatabase;

/**
 * {@link SessionWritesTest} on PostgreSQL: two nodes on a fresh database of their own.
 */
class SessionWritesOnPostgresTest extends SessionWritesTest {

	@Override
	List<String> database(Path root) {
		TestDatabase.Connection db = TestDatabase.another("kombel_sessions");
		return List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
				"--spring.datasource.password=" + db.password());
	}

}
