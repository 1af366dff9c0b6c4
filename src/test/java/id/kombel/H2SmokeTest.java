package id.kombel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import id.kombel.regions.RegionLevel;
import id.kombel.regions.Regions;
import id.kombel.schools.Schools;

/** The embedded default (H2 file database under the data directory) boots, migrates and seeds. */
class H2SmokeTest {

	@TempDir
	Path dataDir;

	@Test
	void defaultConfigurationStartsWithDemoData() {
		try (ConfigurableApplicationContext app = SpringApplication.run(KombelApplication.class, "--server.port=0",
				"--kombel.data-dir=" + dataDir, "--kombel.demo=true")) {
			assertThat(app.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");
			assertThat(app.getBean(Regions.class).byLevel(RegionLevel.PROVINCE)).hasSize(38);
			assertThat(app.getBean(Schools.class).search("12.11", null, null, 0, 10).totalElements()).isPositive();
		}
		assertThat(dataDir.resolve("db/kombel.mv.db")).exists();
	}
}
