package id.kombel.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import id.kombel.shared.Level;
import id.kombel.support.ModuleTests;
import id.kombel.support.TestDatabase;

/**
 * The schools module with regions (its one neighbour) on the test database: a school
 * whose district or level changes publishes {@link SchoolMoved}, for the modules that
 * copy them.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = ModuleTests.DATA_DIR)
class SchoolEventsModuleTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	Schools schools;

	static String npsn() {
		return "M" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
	}

	@Test
	void aSchoolThatMovesDistrictOrLevelSaysSo(Scenario scenario) {
		String npsn = npsn();
		long id = schools.save(new NewSchool(npsn, "SD Negeri Modul", Level.SD, SchoolStatus.PUBLIC, "12.11.01", null))
			.id();

		scenario
			.stimulate(() -> schools
				.save(new NewSchool(npsn, "SMP Negeri Modul", Level.SMP, SchoolStatus.PUBLIC, "12.11.02", null)))
			.andWaitForEventOfType(SchoolMoved.class)
			.matching(moved -> moved.schoolId() == id)
			.toArriveAndVerify(moved -> {
				assertThat(moved.districtCode()).isEqualTo("12.11.02");
				assertThat(moved.regencyCode()).isEqualTo("12.11");
				assertThat(moved.provinceCode()).isEqualTo("12");
				assertThat(moved.level()).isEqualTo(Level.SMP);
			});
	}

	@Test
	void aNewSchoolOrANewNameIsNoMove(PublishedEvents events) {
		String npsn = npsn();
		schools.save(new NewSchool(npsn, "SD Swasta Modul", Level.SD, SchoolStatus.PRIVATE, "12.11.01", null));
		schools
			.save(new NewSchool(npsn, "SD Swasta Modul Baru", Level.SD, SchoolStatus.PRIVATE, "12.11.01", "Jl. Baru"));
		assertThat(events.ofType(SchoolMoved.class)).isEmpty();
	}

}
