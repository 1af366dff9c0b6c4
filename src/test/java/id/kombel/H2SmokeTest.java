package id.kombel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import id.kombel.communities.community.CommunityLists;
import id.kombel.communities.community.CommunityQuery;
import id.kombel.support.Api;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.schools.Schools;
import id.kombel.shared.messages.UnlockedMessageSource;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.coyote.AbstractProtocol;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The embedded default (H2 file database under the data directory) boots, migrates and
 * seeds.
 */
class H2SmokeTest {

	@TempDir
	Path dataDir;

	@Test
	void defaultConfigurationStartsWithDemoData() throws Exception {
		try (ConfigurableApplicationContext app = SpringApplication.run(KombelApplication.class, "--server.port=0",
				"--kombel.data-dir=" + dataDir, "--kombel.demo=true")) {
			assertThat(app.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");
			assertThat(app.getBean("messageSource")).isInstanceOf(UnlockedMessageSource.class);
			requestThreadsByCores(app);
			assertThat(app.getMessage("home.welcome", new Object[] { "Sari" }, Locale.ENGLISH))
				.isEqualTo("Welcome, Sari");
			assertThat(app.getBean(Regions.class).byLevel(RegionLevel.PROVINCE)).hasSize(38);
			assertThat(app.getBean(Schools.class).search("12.11", null, null, 0, 10).totalElements()).isPositive();
			searchByName(app);
			checkInTwice(new Api("http://localhost:" + app.getEnvironment().getProperty("local.server.port")));
		}
		assertThat(dataDir.resolve("db/kombel.mv.db")).exists();
	}

	/**
	 * The connector's threads and the pool as RequestThreads derives them from the cores.
	 */
	private static void requestThreadsByCores(ConfigurableApplicationContext app) throws Exception {
		int threads = Math.max(4, 3 * Runtime.getRuntime().availableProcessors());
		TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) app).getWebServer();
		assertThat(((AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler()).getMaxThreads())
			.isEqualTo(threads);
		assertThat(app.getBean(DataSource.class).unwrap(HikariDataSource.class).getMaximumPoolSize())
			.isEqualTo(Math.max(24, threads + 8));
	}

	/** The name pieces (V1194) are written and walked on H2 too. */
	private static void searchByName(ConfigurableApplicationContext app) {
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		Map<String, Object> one = jdbc.queryForMap("select id, name from community order by id limit 1");
		assertThat(jdbc.queryForObject("select count(*) from community_name_trigram where community_id = ?",
				Integer.class, one.get("id")))
			.isPositive();
		String name = ((String) one.get("name")).toUpperCase(Locale.ROOT);
		assertThat(app.getBean(CommunityLists.class)
			.page(new CommunityQuery(null, null, null, null, name, null, 0, 20))
			.content()).contains(((Number) one.get("id")).longValue());
	}

	/**
	 * The check-in's SQL (insert unless present) is the one statement here written for
	 * both databases.
	 */
	private static void checkInTwice(Api anon) {
		Api guru = anon.as("guru@demo.kombel.id");
		Api anggota = anon.as("anggota@demo.kombel.id");
		long community = guru
			.post("/api/v1/communities",
					"{\"name\":\"Uji H2\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}")
			.json()
			.get("id")
			.asLong();
		assertThat(anggota.post("/api/v1/communities/" + community + "/join", "").status()).isEqualTo(201);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7)).truncatedTo(ChronoUnit.MINUTES);
		long activity = guru
			.post("/api/v1/communities/" + community + "/activities",
					"{\"title\":\"Uji\",\"role\":\"LEARNING\",\"mode\":\"ONLINE\",\"startsAt\":\"" + now.minusMinutes(5)
							+ "\",\"endsAt\":\"" + now.plusHours(1) + "\"}")
			.json()
			.get("id")
			.asLong();
		String code = guru.get("/api/v1/activities/" + activity).json().get("checkInCode").asString();
		String body = "{\"code\":\"" + code + "\"}";
		assertThat(anggota.post("/api/v1/activities/" + activity + "/check-ins", body).status()).isEqualTo(201);
		assertThat(anggota.post("/api/v1/activities/" + activity + "/check-ins", body).status()).isEqualTo(200);
		assertThat(guru.get("/api/v1/activities/" + activity).json().get("attendance")).hasSize(1);
		assertThat(guru.get("/api/v1/communities/" + community).json().get("participation").asDouble()).isPositive();
	}

}
