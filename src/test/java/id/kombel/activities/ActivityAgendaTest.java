package id.kombel.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.kombel.shared.agenda.CommunityAgenda;
import id.kombel.shared.agenda.CommunityAgenda.Item;
import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * A community's agenda (its page's coming activities), read by one plain statement (issue
 * 17): the activities not ended yet, soonest first, at most as many as asked, with their
 * times and mode; a new activity is in it at once.
 */
class ActivityAgendaTest extends IntegrationTest {

	private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

	@Autowired
	CommunityAgenda agenda;

	@Test
	void theComingActivitiesSoonestFirstEndedOnesLeftOut() {
		Api guru = api().as("guru@demo.kombel.id");
		Response c = guru.post("/api/v1/communities",
				"{\"name\":\"Agenda " + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(c.status()).as(c.body()).isEqualTo(201);
		long community = c.json().get("id").asLong();
		OffsetDateTime now = OffsetDateTime.now(WIB).truncatedTo(ChronoUnit.MINUTES);
		schedule(guru, community, "Selesai kemarin", now.minusDays(1), now.minusDays(1).plusHours(2), "OFFLINE");
		long inThreeDays = schedule(guru, community, "Tiga hari lagi", now.plusDays(3), now.plusDays(3).plusHours(2),
				"ONLINE");
		long tomorrow = schedule(guru, community, "Besok", now.plusDays(1), now.plusDays(1).plusHours(2), "OFFLINE");
		long going = schedule(guru, community, "Sedang berlangsung", now.minusHours(1), now.plusHours(1), "OFFLINE");

		assertThat(agenda.upcoming(community, 3)).extracting(Item::activityId)
			.containsExactly(going, tomorrow, inThreeDays);
		Item first = agenda.upcoming(community, 1).get(0);
		assertThat(first.title()).isEqualTo("Sedang berlangsung");
		assertThat(first.startsAt()).isEqualTo(now.minusHours(1).toInstant());
		assertThat(first.endsAt()).isEqualTo(now.plusHours(1).toInstant());
		assertThat(first.mode()).isEqualTo("OFFLINE");
		assertThat(agenda.upcoming(community, 3).get(2).mode()).isEqualTo("ONLINE");

		// scheduled now: listed at once in its place
		long soon = schedule(guru, community, "Dua jam lagi", now.plusHours(2), now.plusHours(3), "OFFLINE");
		assertThat(agenda.upcoming(community, 3)).extracting(Item::activityId).containsExactly(going, soon, tomorrow);
		assertThat(agenda.upcoming(community + 1_000_000, 3)).isEmpty();
	}

	private static long schedule(Api guru, long community, String title, OffsetDateTime start, OffsetDateTime end,
			String mode) {
		String venue = "OFFLINE".equals(mode) ? ",\"venue\":\"SD Negeri 1 Sidikalang\""
				: ",\"meetingLink\":\"https://meet.example.id/agenda\"";
		Response r = guru.post("/api/v1/communities/" + community + "/activities",
				"{\"title\":\"" + title + "\",\"role\":\"DISCUSSION\",\"mode\":\"" + mode + "\"" + venue
						+ ",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end + "\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asLong();
	}

}
