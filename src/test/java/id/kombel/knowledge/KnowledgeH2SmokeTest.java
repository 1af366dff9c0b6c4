package id.kombel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.KombelApplication;
import id.kombel.accounts.Accounts;
import id.kombel.shared.access.KombelUser;
import id.kombel.knowledge.question.CommunityQuestions;
import id.kombel.knowledge.search.KnowledgeSearch;
import id.kombel.knowledge.search.SearchIndex;
import id.kombel.knowledge.search.SearchQuery;

/**
 * On the embedded default (H2, Lucene index under the data directory) the demo knowledge
 * is searchable in Indonesian; a restart reuses the index, and an index that does not
 * belong to the database (here: deleted) is rebuilt on start.
 */
class KnowledgeH2SmokeTest {

	@TempDir
	Path dataDir;

	ConfigurableApplicationContext start() {
		return SpringApplication.run(KombelApplication.class, "--server.port=0", "--kombel.data-dir=" + dataDir,
				"--kombel.demo=true");
	}

	static long found(ConfigurableApplicationContext app, String words) {
		KombelUser guru = app.getBean(Accounts.class).userByEmail("guru@demo.kombel.id").orElseThrow();
		return app.getBean(KnowledgeSearch.class).search(guru, SearchQuery.of(words)).total();
	}

	/**
	 * A question asked in a community is listed by its forum (the plain statement on H2).
	 */
	static int forumOfAskingCommunity(ConfigurableApplicationContext app) {
		KombelUser admin = app.getBean(Accounts.class).userByEmail("admin@demo.kombel.id").orElseThrow();
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		long community = jdbc.sql("select min(id) from community").query(Long.class).single();
		jdbc.sql("""
				insert into question (title, body, kind, levels, subjects, visibility, community_id, author_id,
				                      author_name, created_at, updated_at)
				values ('Di forum', 'Isi', 'QUESTION', '', '', 'COMMUNITY', ?, 1, 'Guru', current_timestamp,
				        current_timestamp)""").param(community).update();
		return app.getBean(CommunityQuestions.class).of(admin, community, null).questions().size();
	}

	@Test
	void demoKnowledgeIsSearchableAndTheIndexSurvivesARestart() throws Exception {
		try (ConfigurableApplicationContext app = start()) {
			assertThat(found(app, "pengajaran membaca")).isGreaterThanOrEqualTo(2);
			assertThat(found(app, "mengajarkan")).isPositive();
			assertThat(app.getBean(SearchIndex.class).status().finishedAt()).as("a new database: built once")
				.isNotNull();
			assertThat(forumOfAskingCommunity(app)).as("a forum's plain statement on H2").isPositive();
		}
		assertThat(dataDir.resolve("index/generation")).exists();
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBean(SearchIndex.class).status().finishedAt()).as("same database: not rebuilt").isNull();
			assertThat(found(app, "mengajar")).isPositive();
		}
		Files.delete(dataDir.resolve("index/generation"));
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBean(SearchIndex.class).status().documents()).isPositive();
			assertThat(found(app, "mengajar")).isPositive();
		}
		Files.writeString(dataDir.resolve("index/mapping"), "an earlier version's fields");
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBean(SearchIndex.class).status().documents()).as("fields of an earlier version: rebuilt")
				.isPositive();
			assertThat(found(app, "mengajar")).isPositive();
		}
		assertThat(dataDir.resolve("index/mapping")).hasContent(SearchIndex.MAPPING);
	}

}
