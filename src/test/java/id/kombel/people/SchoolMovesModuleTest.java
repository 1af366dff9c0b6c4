package id.kombel.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import id.kombel.schools.NewSchool;
import id.kombel.schools.SchoolStatus;
import id.kombel.schools.Schools;
import id.kombel.shared.Level;
import id.kombel.support.ModuleTests;
import id.kombel.support.TestDatabase;

/**
 * The people module with schools and regions (all it depends on) on the test database:
 * the region and level copied onto educators for scope filters follow their school when
 * it moves ({@code SchoolMoved}, published by the schools module).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = ModuleTests.DATA_DIR)
class SchoolMovesModuleTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	Schools schools;

	@Autowired
	People people;

	@Test
	void educatorsFollowTheirSchoolToItsNewDistrictAndLevel(Scenario scenario) {
		String npsn = "P" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
		long school = schools
			.save(new NewSchool(npsn, "SD Negeri Pindah", Level.SD, SchoolStatus.PUBLIC, "12.11.01", null))
			.id();
		long educator = people
			.save(new NewEducator("Guru Pindah", null, null,
					"pindah." + UUID.randomUUID().toString().substring(0, 8) + "@example.id", null, Position.TEACHER,
					null, school))
			.id();
		assertThat(people.find(educator).orElseThrow().districtCode()).isEqualTo("12.11.01");
		assertThat(people.districtOf(educator)).contains("12.11.01");

		scenario
			.stimulate(() -> schools
				.save(new NewSchool(npsn, "SMP Negeri Pindah", Level.SMP, SchoolStatus.PUBLIC, "12.71.01", null)))
			.andWaitForStateChange(() -> people.find(educator).orElseThrow(), e -> "12.71.01".equals(e.districtCode()))
			.andVerify(e -> {
				assertThat(e.level()).isEqualTo(Level.SMP);
				// what a reader's regional items are chosen by, read without the entity
				assertThat(people.districtOf(educator)).contains("12.71.01");
			});
	}

	@Test
	void anEducatorWithoutASchoolHasNoDistrict() {
		long educator = people
			.save(new NewEducator("Guru Tanpa Sekolah", null, null,
					"tanpa." + UUID.randomUUID().toString().substring(0, 8) + "@example.id", null, Position.TEACHER,
					null, null))
			.id();
		assertThat(people.districtOf(educator)).isEmpty();
		assertThat(people.districtOf(Long.MAX_VALUE)).isEmpty();
	}

}
