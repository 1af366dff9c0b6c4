package id.kombel.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import id.kombel.shared.TimeZones;
import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * A community in Papua lives on WIT: at five past one in the night in Jayapura it is
 * still yesterday in Jakarta, and the community's page, its goal measurements and its
 * inquiry cycle count the day Jayapura has.
 */
@Import(CommunityTodayTest.PastMidnightInJayapura.class)
class CommunityTodayTest extends IntegrationTest {

	/**
	 * The clock set back to the last 16:05 UTC (23:05 WIB, 01:05 WIT the next day), then
	 * running: the test has 55 minutes before both dates agree again.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class PastMidnightInJayapura {

		@Bean
		@Primary
		Clock pastMidnightInJayapura() {
			Instant now = Instant.now();
			Instant at = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(16 * 60 + 5));
			if (at.isAfter(now)) {
				at = at.minus(Duration.ofDays(1));
			}
			return Clock.offset(Clock.systemUTC(), Duration.between(now, at));
		}

	}

	@Autowired
	Clock clock;

	@Test
	void aCommunityInPapuaCountsTheDayJayapuraHas() {
		LocalDate jayapura = LocalDate.now(clock.withZone(TimeZones.WIT));
		assertThat(LocalDate.now(clock.withZone(TimeZones.WIB))).as("the dates differ at this instant")
			.isEqualTo(jayapura.minusDays(1));
		// an administrator places a community anywhere, and as its creator facilitates it
		Api guru = api().as("admin@demo.kombel.id").inLanguage("id");
		Response created = guru.post("/api/v1/communities",
				"{\"name\":\"Kombel Jayapura " + UUID.randomUUID().toString().substring(0, 6)
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"91.03\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		Response goal = guru.post("/api/v1/communities/" + id + "/goals",
				"""
						{"purpose":"INTEGRATE","indicator":"A.2","unit":"% murid","baseline":40,"target":80,"dueDate":"2027-06-30"}""");
		assertThat(goal.status()).as(goal.body()).isEqualTo(201);
		long goalId = goal.json().get("id").asLong();

		assertThat(guru.get("/communities/" + id).body()).as("the measurement form starts on Jayapura's today")
			.contains("name=\"measuredOn\" type=\"date\" value=\"" + jayapura + "\"");
		Response cycle = guru.post("/api/v1/communities/" + id + "/cycles", "");
		assertThat(cycle.status()).as(cycle.body()).isEqualTo(201);
		assertThat(cycle.json().get("startedOn").asString()).isEqualTo(jayapura.toString());
		Response tomorrow = guru.post("/api/v1/communities/" + id + "/goals/" + goalId + "/measurements",
				"{\"value\":50,\"measuredOn\":\"" + jayapura.plusDays(1) + "\"}");
		assertThat(tomorrow.status()).as("up to tomorrow in Jayapura: " + tomorrow.body()).isEqualTo(201);
		Response later = guru.post("/api/v1/communities/" + id + "/goals/" + goalId + "/measurements",
				"{\"value\":50,\"measuredOn\":\"" + jayapura.plusDays(2) + "\"}");
		assertThat(later.status()).isEqualTo(400);
	}

}
