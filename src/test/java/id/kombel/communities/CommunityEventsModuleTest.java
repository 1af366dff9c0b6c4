package id.kombel.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import id.kombel.offices.Offices;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.agenda.CommunityAgenda;
import id.kombel.shared.events.ActivityHeld;
import id.kombel.shared.events.ActivityScheduled;
import id.kombel.shared.events.ParticipationRecorded;
import id.kombel.support.ModuleTests;
import id.kombel.support.TestDatabase;

/**
 * The communities module with its direct neighbours (accounts, people, regions, schools)
 * on the test database: how a community's health follows the activities module's events.
 * The events are published as the activities module publishes them; that module is not
 * started.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = ModuleTests.DATA_DIR)
class CommunityEventsModuleTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	/** Needed by accounts (a neighbour), whose own neighbours are not started. */
	@MockitoBean
	Offices offices;

	/** Provided by the activities module, which is not started. */
	@MockitoBean
	CommunityAgenda agenda;

	@Autowired
	Communities communities;

	private long start(KombelUser facilitator) {
		CommunityForm form = new CommunityForm("Kombel Modul " + UUID.randomUUID().toString().substring(0, 8),
				CommunityKind.ONLINE, List.of(Level.SD), List.of(), "12", null, null, null, JoinPolicy.OPEN);
		return communities.create(facilitator, form).id();
	}

	@Test
	void aScheduledActivityAloneDoesNotMakeTheCommunityActive(Scenario scenario) {
		KombelUser facilitator = ModuleTests.someBalaiStaff();
		long id = start(facilitator);
		Instant startsAt = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);

		scenario.publish(new ActivityScheduled(id, 1L, startsAt))
			.andWaitForStateChange(() -> communities.get(facilitator, id).state(), s -> true)
			.andVerify(latest -> {
				assertThat(communities.get(facilitator, id).state())
					.as("an activity next week has not been held: the community has not started")
					.isEqualTo(HealthState.NOT_STARTED);
				assertThat(communities.get(facilitator, id).lastActivityAt()).as("no future date as last activity")
					.isNull();
			});
	}

	@Test
	void aHeldActivityMakesTheCommunityActive(Scenario scenario) {
		KombelUser facilitator = ModuleTests.someBalaiStaff();
		long id = start(facilitator);
		assertThat(communities.get(facilitator, id).state()).isEqualTo(HealthState.NOT_STARTED);
		Instant startsAt = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

		scenario.publish(new ActivityHeld(id, 1L, startsAt))
			.andWaitForStateChange(() -> communities.get(facilitator, id).state(), s -> s == HealthState.ACTIVE)
			.andVerify(state -> assertThat(communities.get(facilitator, id).lastActivityAt()).isEqualTo(startsAt));

		// an earlier activity does not move the latest one back
		scenario.publish(new ActivityHeld(id, 2L, startsAt.minus(Duration.ofDays(3))))
			.andWaitForStateChange(() -> communities.get(facilitator, id).lastActivityAt())
			.andVerify(latest -> assertThat(latest).isEqualTo(startsAt));
	}

	@Test
	void aMembersParticipationCountsTowardsTheCommunitysParticipation(Scenario scenario) {
		KombelUser facilitator = ModuleTests.someBalaiStaff();
		KombelUser member = ModuleTests.someTeacher();
		long id = start(facilitator);
		communities.join(member, id);
		assertThat(communities.get(facilitator, id).participation()).isZero();

		scenario.publish(new ParticipationRecorded(id, member.accountId(), Instant.now()))
			.andWaitForStateChange(() -> communities.get(facilitator, id).participation(), p -> p > 0)
			.andVerify(p -> assertThat(p).as("one of two active members took part").isEqualTo(0.5));

		// someone who is not a member changes nothing
		scenario.publish(new ParticipationRecorded(id, ModuleTests.someTeacher().accountId(), Instant.now()))
			.andWaitForStateChange(() -> communities.get(facilitator, id).participation())
			.andVerify(p -> assertThat(p).isEqualTo(0.5));
	}

}
