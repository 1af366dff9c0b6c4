package id.kombel.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import id.kombel.activities.attendance.CheckInResult;
import id.kombel.activities.attendance.CheckIns;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityForm;
import id.kombel.communities.CommunityKind;
import id.kombel.communities.JoinPolicy;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.events.ActivityHeld;
import id.kombel.shared.events.ActivityScheduled;
import id.kombel.activities.activity.HeldActivities;
import id.kombel.shared.events.ParticipationRecorded;
import id.kombel.support.ModuleTests;
import id.kombel.support.TestDatabase;

/**
 * The activities module on the test database, with the modules it needs all the way down
 * (communities, and what communities needs: accounts, offices, people, regions, schools;
 * not knowledge, programmes or demo): the events it publishes for the communities module.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = ModuleTests.DATA_DIR)
class ActivityEventsModuleTest {

	private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	Communities communities;

	@Autowired
	Activities activities;

	@Autowired
	HeldActivities held;

	@Autowired
	CheckIns checkIns;

	private long community(KombelUser facilitator) {
		return communities
			.create(facilitator, new CommunityForm("Kombel Kegiatan " + UUID.randomUUID().toString().substring(0, 8),
					CommunityKind.ONLINE, List.of(Level.SD), List.of(), "12", null, null, null, JoinPolicy.OPEN))
			.id();
	}

	private static ActivityForm activity(Instant startsAt, Instant endsAt) {
		return new ActivityForm("Diskusi asesmen formatif", ActivityRole.DISCUSSION, ActivityMode.ONLINE,
				OffsetDateTime.ofInstant(startsAt, WIB).toString(), OffsetDateTime.ofInstant(endsAt, WIB).toString(),
				"https://meet.google.com/abc-defg-hij", null, null);
	}

	@Test
	void schedulingAnActivityPublishesActivityScheduled(Scenario scenario) {
		KombelUser facilitator = ModuleTests.someBalaiStaff();
		long community = community(facilitator);
		Instant startsAt = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);

		scenario
			.stimulate(() -> activities.schedule(facilitator, community,
					activity(startsAt, startsAt.plus(Duration.ofMinutes(90)))))
			.andWaitForEventOfType(ActivityScheduled.class)
			.matching(event -> event.communityId() == community)
			.toArriveAndVerify((event, scheduled) -> {
				assertThat(event.activityId()).isEqualTo(scheduled.id());
				assertThat(event.startsAt()).isEqualTo(startsAt);
			});
	}

	@Test
	void anActivityIsAnnouncedHeldOnlyOnceItsTimeHasCome(PublishedEvents events) {
		KombelUser facilitator = ModuleTests.someBalaiStaff();
		long community = community(facilitator);
		Instant startsAt = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
		long id = activities.schedule(facilitator, community, activity(startsAt, startsAt.plus(Duration.ofMinutes(90))))
			.id();
		held.announceDue(Instant.now());
		assertThat(events.ofType(ActivityHeld.class).matching(e -> e.activityId() == id))
			.as("scheduled for next week: not held yet")
			.isEmpty();

		held.announceDue(startsAt.plusSeconds(60));
		held.announceDue(startsAt.plusSeconds(120));
		assertThat(events.ofType(ActivityHeld.class).matching(e -> e.activityId() == id)).singleElement()
			.satisfies(e -> assertThat(e.startsAt()).isEqualTo(startsAt));
	}

	@Test
	void aCheckInPublishesParticipationRecordedOnce(Scenario scenario, PublishedEvents events) {
		KombelUser facilitator = ModuleTests.someBalaiStaff();
		KombelUser member = ModuleTests.someTeacher();
		long community = community(facilitator);
		communities.join(member, community);
		Instant now = Instant.now();
		ActivityView running = activities.schedule(facilitator, community,
				activity(now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1))));
		String code = activities.get(facilitator, running.id()).checkInCode();

		scenario.stimulate(() -> checkIns.checkIn(member, running.id(), code))
			.andWaitForEventOfType(ParticipationRecorded.class)
			.matching(event -> event.accountId() == member.accountId())
			.toArriveAndVerify((event, result) -> {
				assertThat(event.communityId()).isEqualTo(community);
				assertThat(result).isEqualTo(CheckInResult.CHECKED_IN);
			});

		// checking in again (a double tap) records nothing new
		assertThat(checkIns.checkIn(member, running.id(), code)).isEqualTo(CheckInResult.ALREADY_CHECKED_IN);
		assertThat(events.ofType(ParticipationRecorded.class).matching(e -> e.accountId() == member.accountId()))
			.hasSize(1);
	}

}
